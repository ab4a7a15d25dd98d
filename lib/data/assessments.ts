import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import type { AssessmentInput } from "@/lib/validation/assessment";

export interface AssessmentView {
  id: number;
  goalKey: string;
  year: number;
  rating: "good" | "basically_on_track" | "lagging" | "seriously_lagging";
  narrative: string;
  evidence: { title: string; url: string }[];
  supersedesId: number | null;
  /** False once a newer assessment of the same goal and year exists. */
  current: boolean;
  createdAt: string;
  createdBy: string | null;
}

const select = {
  id: true,
  year: true,
  rating: true,
  narrative: true,
  evidence: true,
  supersedesId: true,
  createdAt: true,
  goal: { select: { key: true } },
  createdBy: { select: { name: true } },
  supersededBy: { select: { id: true } },
} satisfies Prisma.AssessmentSelect;

type Row = Prisma.AssessmentGetPayload<{ select: typeof select }>;

function toView(r: Row): AssessmentView {
  return {
    id: r.id,
    goalKey: r.goal.key,
    year: r.year,
    rating: r.rating,
    narrative: r.narrative,
    evidence: Array.isArray(r.evidence) ? (r.evidence as { title: string; url: string }[]) : [],
    supersedesId: r.supersedesId,
    current: r.supersededBy === null,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy?.name ?? null,
  };
}

async function findGoal(planSlug: string, goalKey: string) {
  const goal = await prisma.goal.findFirst({ where: { key: goalKey, plan: { slug: planSlug } }, select: { id: true, key: true } });
  if (!goal) throw new AppError("NOT_FOUND", { zh: `目标不存在：${goalKey}`, en: `Goal not found: ${goalKey}` });
  return goal;
}

/** Every assessment of a goal, newest first (history included: superseded ones have current = false). */
export async function listGoalAssessments(actor: Actor, opts: { planSlug: string; goalKey: string }): Promise<AssessmentView[]> {
  authorize(actor, "plan.read");
  const goal = await findGoal(opts.planSlug, opts.goalKey);
  const rows = await prisma.assessment.findMany({ where: { goalId: goal.id }, select, orderBy: [{ year: "desc" }, { id: "desc" }] });
  return rows.map(toView);
}

/**
 * The assessments of every goal of a plan, grouped by goal key, newest year first and
 * newest first within a year; with `currentOnly`, superseded ones are left out.
 */
export async function listPlanAssessments(actor: Actor, planSlug: string, opts: { currentOnly?: boolean } = {}): Promise<Map<string, AssessmentView[]>> {
  authorize(actor, "plan.read");
  const rows = await prisma.assessment.findMany({
    where: { goal: { plan: { slug: planSlug } }, ...(opts.currentOnly ? { supersededBy: null } : {}) },
    select,
    orderBy: [{ year: "desc" }, { id: "desc" }],
  });
  const out = new Map<string, AssessmentView[]>();
  for (const r of rows) out.set(r.goal.key, [...(out.get(r.goal.key) ?? []), toView(r)]);
  return out;
}

/**
 * Records an assessment. It supersedes the current assessment of the same goal and year,
 * which stays in the history (never updated or deleted). Two analysts saving at once both
 * try to supersede the same row: the unique supersedesId lets one win and the other gets
 * 409 CONFLICT, instead of two "current" assessments.
 */
export async function createAssessment(actor: Actor, opts: { planSlug: string; goalKey: string; input: AssessmentInput }): Promise<AssessmentView> {
  authorize(actor, "assessment.write");
  const user = requireUser(actor);
  const goal = await findGoal(opts.planSlug, opts.goalKey);
  const { year, rating, narrative, evidence } = opts.input;
  try {
    return await prisma.$transaction(async (tx) => {
      const previous = await tx.assessment.findFirst({
        where: { goalId: goal.id, year, supersededBy: null },
        select: { id: true, rating: true, narrative: true },
      });
      const row = await tx.assessment.create({
        data: { goalId: goal.id, year, rating, narrative, evidence, supersedesId: previous?.id ?? null, createdById: user.userId },
        select,
      });
      await writeAudit(
        user.userId,
        {
          action: "assessment.create",
          entityType: "assessment",
          entityId: String(row.id),
          before: previous ? { id: previous.id, rating: previous.rating, narrative: previous.narrative } : undefined,
          after: { goal: goal.key, year, rating, narrative, evidence },
        },
        tx,
      );
      return toView(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new AppError("CONFLICT", {
        zh: "该目标该年度的评估刚被他人更新，请刷新后重试",
        en: "Someone else just assessed this goal for this year; reload and try again",
      });
    }
    throw e;
  }
}
