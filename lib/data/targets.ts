import "server-only";
import type { Target } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { prisma } from "@/lib/db";
import { toNumber, toNumberOrNull } from "@/lib/data/decimal";

/** A target's figures as every read and write shows them (in the indicator's unit). */
export const targetFigureView = (t: Target) => ({
  year: t.year,
  value: toNumber(t.value),
  type: t.type,
  kind: t.kind,
  rate: toNumberOrNull(t.rate),
  tolerancePct: toNumberOrNull(t.tolerancePct),
  baseline: t.baselineYear !== null && t.baselineValue !== null ? { year: t.baselineYear, value: toNumber(t.baselineValue) } : null,
});

/** Which targets a list shows: of a plan, an indicator (code), a region (adcode) or any of several, a target year. */
export interface TargetFilter {
  planSlug?: string;
  indicator?: string;
  region?: string;
  regions?: readonly string[];
  year?: number;
}

const targetWhere = (filter: TargetFilter) => ({
  ...(filter.planSlug ? { plan: { slug: filter.planSlug } } : {}),
  ...(filter.indicator ? { indicator: { code: filter.indicator } } : {}),
  ...(filter.region ? { regionAdcode: filter.region } : {}),
  ...(filter.regions ? { regionAdcode: { in: [...filter.regions] } } : {}),
  ...(filter.year !== undefined ? { year: filter.year } : {}),
});

/** How many targets the filter finds (for a paged list). */
export async function countTargets(actor: Actor, filter: TargetFilter = {}): Promise<number> {
  authorize(actor, "plan.read");
  return prisma.target.count({ where: targetWhere(filter) });
}

/**
 * The targets the filter finds, in the plan's order; `page` takes a slice of them (a
 * page's worth of a long list): `take` of them, past the first `skip` or past the target
 * with id `after`.
 */
export async function listTargets(actor: Actor, filter: TargetFilter = {}, page?: { take: number; skip?: number; after?: number }) {
  authorize(actor, "plan.read");
  const rows = await prisma.target.findMany({
    where: { ...targetWhere(filter), ...(page?.after !== undefined ? { id: { gt: page.after } } : {}) },
    // seed order is the plan's order (专栏1: 万州, 黔江, 绵阳 …)
    orderBy: { id: "asc" },
    ...(page ? { skip: page.skip, take: page.take } : {}),
    include: {
      plan: { select: { slug: true } },
      indicator: { select: { code: true, nameZh: true, nameEn: true, unit: true } },
      region: { select: { adcode: true, nameZh: true, nameEn: true } },
    },
  });
  return rows.map((t) => ({
    id: t.id,
    plan: t.plan.slug,
    indicator: t.indicator.code,
    indicatorNameZh: t.indicator.nameZh,
    indicatorNameEn: t.indicator.nameEn,
    unit: t.indicator.unit,
    region: { adcode: t.region.adcode, nameZh: t.region.nameZh, nameEn: t.region.nameEn },
    ...targetFigureView(t),
    /** a cumulative target may state its year b without a value */
    baselineYear: t.baselineYear,
    clause: t.clause,
    version: t.version,
    source: t.source,
    note: t.note,
    wording: t.wording === null ? null : { text: t.wording, language: t.wordingLang },
  }));
}

export type TargetSummary = Awaited<ReturnType<typeof listTargets>>[number];
