import "server-only";
import { cache } from "react";
import { authorize } from "@/lib/auth/authorize";
import { pool, prisma } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { planShortName } from "@/lib/plans/plan-status";

// The plans as the header's switcher and the /plans list show them. Plans are few (a
// handful per analyst); one query each, no per-plan round trip.

export interface PlanChoice {
  slug: string;
  nameZh: string;
  nameEn: string;
  short: { zh: string; en: string };
  issueYear: number;
  periodStart: number;
  periodEnd: number;
  isDefault: boolean;
}

/**
 * Every plan, oldest issue first, with its short name ("2016年规划"). Cached per request
 * (header and page both ask). The header asks on every signed-in page view: one statement
 * straight through the pool, like the user row (lib/auth/current-actor.ts), where Prisma
 * spent five times the CPU on it.
 */
export const listPlanChoices = cache(async (actor: Actor): Promise<PlanChoice[]> => {
  authorize(actor, "plan.read");
  const { rows } = await pool.query<{
    slug: string;
    nameZh: string;
    nameEn: string;
    issueYear: number;
    periodStart: number;
    periodEnd: number;
    isDefault: boolean;
  }>(
    `SELECT slug, "nameZh", "nameEn", extract(year FROM "issueDate")::int AS "issueYear", "periodStart", "periodEnd", "isDefault"
     FROM "Plan" ORDER BY "issueDate", id`,
  );
  const years = rows.map((r) => ({ slug: r.slug, issueYear: r.issueYear }));
  return rows.map((r, i) => ({
    slug: r.slug,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    short: planShortName(years[i]!, years),
    issueYear: r.issueYear,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    isDefault: r.isDefault,
  }));
});

export interface PlanListRow extends PlanChoice {
  docNumber: string;
  outlookYear: number;
  baseYear: number;
  /** Targets; indicators with a target or a base-year figure in the plan; regions in its scope. */
  counts: { targets: number; indicators: number; regions: number };
}

/** The /plans list: each plan with its document number, years and counts. */
export async function listPlanRows(actor: Actor): Promise<PlanListRow[]> {
  authorize(actor, "plan.read");
  const [choices, plans, targetIndicators, figureIndicators] = await Promise.all([
    listPlanChoices(actor),
    prisma.plan.findMany({
      select: { slug: true, id: true, docNumber: true, outlookYear: true, baseYear: true, _count: { select: { targets: true, regions: true } } },
    }),
    prisma.target.groupBy({ by: ["planId", "indicatorId"] }),
    prisma.planBaselineFigure.groupBy({ by: ["planId", "indicatorId"] }),
  ]);
  const bySlug = new Map(plans.map((p) => [p.slug, p]));
  const indicators = new Map<number, Set<number>>();
  for (const r of [...targetIndicators, ...figureIndicators]) {
    const set = indicators.get(r.planId) ?? new Set<number>();
    set.add(r.indicatorId);
    indicators.set(r.planId, set);
  }
  return choices.flatMap((c) => {
    const p = bySlug.get(c.slug);
    if (!p) return [];
    return [
      {
        ...c,
        docNumber: p.docNumber,
        outlookYear: p.outlookYear,
        baseYear: p.baseYear,
        counts: { targets: p._count.targets, indicators: indicators.get(p.id)?.size ?? 0, regions: p._count.regions },
      },
    ];
  });
}
