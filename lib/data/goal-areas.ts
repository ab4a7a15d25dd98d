import "server-only";
import { prisma } from "@/lib/db";
import type { GoalArea } from "@/lib/docx/rows";

/**
 * The plan's goal areas (目标领域, goals of kind goal_area) in plan order, each with the
 * targets linked to it or to any goal below it. A plan that has no goal areas is grouped
 * by its top-level goals instead. Called after the caller has authorized reading the plan.
 */
export async function listGoalAreas(planSlug: string): Promise<GoalArea[]> {
  const goals = await prisma.goal.findMany({
    where: { plan: { slug: planSlug } },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, parentId: true, kind: true, titleZh: true, titleEn: true, targets: { select: { targetId: true } } },
  });
  const children = new Map<number | null, typeof goals>();
  for (const g of goals) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g]);
  const below = (g: (typeof goals)[number], into: Set<number>): Set<number> => {
    for (const t of g.targets) into.add(t.targetId);
    for (const c of children.get(g.id) ?? []) below(c, into);
    return into;
  };
  const areas = goals.filter((g) => g.kind === "goal_area");
  return (areas.length ? areas : (children.get(null) ?? [])).map((g) => ({
    title: { nameZh: g.titleZh, nameEn: g.titleEn },
    targetIds: below(g, new Set()),
  }));
}
