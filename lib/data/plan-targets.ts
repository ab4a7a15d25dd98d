import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { prisma } from "@/lib/db";
import { toNumber } from "@/lib/data/decimal";
import { listPlanChoices } from "@/lib/data/plan-list";
import type { Actor } from "@/lib/permissions";
import type { PlanTargetInput } from "@/lib/plans/plan-markers";

/**
 * The targets of every plan for one indicator (× the regions given, else all), with the
 * plan each belongs to: what an indicator chart marks so the 2016 plan's 2020 target
 * and the 纲要's 2025 target sit on one time line (lib/plans/plan-markers.ts shapes them).
 * Values in the indicator's unit; a rate target's value is its implied level. The
 * targets as they stand now (the version in force), whatever day a page shows.
 */
export async function listTargetsAcrossPlans(actor: Actor, filter: { indicator: string; regions?: readonly string[] }): Promise<PlanTargetInput[]> {
  authorize(actor, "plan.read");
  const [plans, rows] = await Promise.all([
    listPlanChoices(actor),
    prisma.target.findMany({
      where: { indicator: { code: filter.indicator }, ...(filter.regions ? { regionAdcode: { in: [...filter.regions] } } : {}) },
      orderBy: [{ year: "asc" }, { id: "asc" }],
      select: { regionAdcode: true, year: true, value: true, type: true, kind: true, plan: { select: { slug: true } } },
    }),
  ]);
  const bySlug = new Map(plans.map((p) => [p.slug, p]));
  return rows.flatMap((t) => {
    const p = bySlug.get(t.plan.slug);
    if (!p) return [];
    return [
      {
        plan: { slug: p.slug, short: p.short, issueYear: p.issueYear },
        region: t.regionAdcode,
        year: t.year,
        value: toNumber(t.value),
        type: t.type,
        kind: t.kind,
      },
    ];
  });
}
