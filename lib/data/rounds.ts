import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { fieldError } from "@/lib/validation/parse";
import type { RoundCreateInput } from "@/lib/validation/rounds";

// Monitoring rounds (年度监测): open, list, read. Completeness is in round-completeness.ts,
// freezing and the frozen results in round-freeze.ts.

export interface RoundSummary {
  id: number;
  plan: string;
  name: string;
  /** The statistical year whose figures are collected. */
  year: number;
  /** A calendar day (YYYY-MM-DD), China time. */
  dueDate: string;
  status: "open" | "frozen";
  freezeNo: number;
  frozenAt: string | null;
  targetCount: number;
}

const SELECT = {
  id: true,
  name: true,
  year: true,
  dueDate: true,
  status: true,
  freezeNo: true,
  frozenAt: true,
  plan: { select: { slug: true } },
  _count: { select: { targets: true } },
} as const;

type Row = {
  id: number;
  name: string;
  year: number;
  dueDate: Date;
  status: "open" | "frozen";
  freezeNo: number;
  frozenAt: Date | null;
  plan: { slug: string };
  _count: { targets: number };
};

/** A @db.Date column comes back as UTC midnight of that day. */
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

function view(r: Row): RoundSummary {
  return {
    id: r.id,
    plan: r.plan.slug,
    name: r.name,
    year: r.year,
    dueDate: dayOf(r.dueDate),
    status: r.status,
    freezeNo: r.freezeNo,
    frozenAt: r.frozenAt?.toISOString() ?? null,
    targetCount: r._count.targets,
  };
}

export const roundNotFound = (id: number) => new AppError("NOT_FOUND", msg(`没有编号为 ${id} 的监测轮次`, `No monitoring round ${id}`));

/**
 * Opens a round (admins). Without `targets`, the round monitors the plan's targets that are
 * still running in the statistical year: target year ≥ the round's year (a target whose year
 * has passed was judged in an earlier round). Named targets must belong to the plan.
 * One round per plan and year (409 otherwise).
 */
export async function createRound(actor: Actor, input: RoundCreateInput): Promise<{ id: number }> {
  authorize(actor, "round.manage");
  const user = requireUser(actor);
  const plan = await prisma.plan.findUnique({ where: { slug: input.plan }, select: { id: true } });
  if (!plan) throw fieldError("plan", msg(`没有规划“${input.plan}”`, `No plan "${input.plan}"`));
  const targets = await prisma.target.findMany({
    where: input.targets ? { planId: plan.id, id: { in: input.targets } } : { planId: plan.id, year: { gte: input.year } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (input.targets) {
    const found = new Set(targets.map((t) => t.id));
    const foreign = input.targets.filter((id) => !found.has(id));
    if (foreign.length) throw fieldError("targets", msg(`这些目标不属于该规划：${foreign.join("、")}`, `Not targets of this plan: ${foreign.join(", ")}`));
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const round = await tx.round.create({
        data: { planId: plan.id, name: input.name, year: input.year, dueDate: new Date(`${input.dueDate}T00:00:00Z`), createdById: user.userId },
        select: { id: true },
      });
      await tx.roundTarget.createMany({ data: targets.map((t) => ({ roundId: round.id, targetId: t.id })) });
      await writeAudit(
        user.userId,
        {
          action: "round.create",
          entityType: "round",
          entityId: String(round.id),
          after: { plan: input.plan, name: input.name, year: input.year, dueDate: input.dueDate, targets: targets.length },
        },
        tx,
      );
      return round;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", msg(`该规划已有${input.year}年度的监测轮次`, `This plan already has a round for ${input.year}`));
    throw e;
  }
}

/** Rounds, newest statistical year first; of one plan when named. */
export async function listRounds(actor: Actor, planSlug?: string): Promise<RoundSummary[]> {
  authorize(actor, "plan.read");
  const rows = await prisma.round.findMany({
    where: planSlug ? { plan: { slug: planSlug } } : {},
    select: SELECT,
    orderBy: [{ year: "desc" }, { id: "desc" }],
  });
  return rows.map(view);
}

/** One round's header; NOT_FOUND when there is none. */
export async function getRoundSummary(actor: Actor, id: number): Promise<RoundSummary> {
  authorize(actor, "plan.read");
  const row = await prisma.round.findUnique({ where: { id }, select: SELECT });
  if (!row) throw roundNotFound(id);
  return view(row);
}

/** Active units by name, for filters and forms. */
export async function listUnitOptions(actor: Actor): Promise<{ id: number; nameZh: string; nameEn: string }[]> {
  authorize(actor, "plan.read");
  return prisma.unit.findMany({ where: { active: true }, select: { id: true, nameZh: true, nameEn: true }, orderBy: { nameZh: "asc" } });
}
