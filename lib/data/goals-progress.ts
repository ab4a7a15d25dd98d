import "server-only";
import { prisma } from "@/lib/db";
import { goalText } from "@/lib/data/plans";
import { buildTree } from "@/lib/util/tree";
import { authorize } from "@/lib/auth/authorize";
import { listPlanAssessments, type AssessmentView } from "@/lib/data/assessments";
import { getProgressSummary } from "@/lib/data/progress-summary";
import type { Actor } from "@/lib/permissions";
import type { GoalFields } from "@/lib/data/plans";
import { rollupGoals, type GoalLinkNode, type Rollup } from "@/lib/progress/rollup";

export interface GoalProgressNode extends GoalFields {
  /** Targets linked to this goal itself. */
  targetIds: number[];
  /** Statuses of the targets linked to this goal or any goal below it. */
  rollup: Rollup;
  /** Current assessment per year, newest year first. */
  assessments: AssessmentView[];
  children: GoalProgressNode[];
}

/**
 * The plan's goal tree with, per goal, the roll-up of the statuses of its linked targets
 * (evaluated as of `asOf`) and its current assessments. Null when the plan is unknown.
 */
export async function getGoalsProgress(
  actor: Actor,
  opts: { planSlug: string; asOf?: Date },
): Promise<{ asOf: string; evaluationYear: number; goals: GoalProgressNode[] } | null> {
  authorize(actor, "plan.read");
  const [goals, progress, assessments] = await Promise.all([
    prisma.goal.findMany({
      where: { plan: { slug: opts.planSlug } },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        parentId: true,
        key: true,
        kind: true,
        titleZh: true,
        titleEn: true,
        textZh: true,
        textEn: true,
        year: true,
        clause: true,
        targets: { select: { targetId: true } },
      },
    }),
    getProgressSummary(actor, { planSlug: opts.planSlug, asOf: opts.asOf }),
    listPlanAssessments(actor, opts.planSlug, { currentOnly: true }),
  ]);
  if (!progress) return null;
  type Node = Omit<GoalProgressNode, "rollup" | "children"> & { children: Node[] };
  const roots = buildTree(goals, (g): Node => ({
    ...goalText(g),
    targetIds: g.targets.map((t) => t.targetId).sort((a, b) => a - b),
    assessments: assessments.get(g.key) ?? [],
    children: [],
  }));
  const rollups = rollupGoals(roots as GoalLinkNode[], new Map(progress.entries.map((e) => [e.targetId, e.status])));
  const withRollup = (n: Node): GoalProgressNode => ({ ...n, rollup: rollups.get(n.key)!, children: n.children.map(withRollup) });
  return { asOf: progress.asOf, evaluationYear: progress.evaluationYear, goals: roots.map(withRollup) };
}
