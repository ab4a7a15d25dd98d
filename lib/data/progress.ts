import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { cachedEvaluation, evaluationCache } from "@/lib/data/progress-cache";
import { chinaYear } from "@/lib/validation/as-of";
import type { ProgressEntry } from "@/lib/progress/entry";
import { evaluateTarget } from "@/lib/progress/evaluate";
import type { ObservationFlag, ProgressObservation, TargetType } from "@/lib/progress/types";
import { formatUnit } from "@/lib/units/format";

export type { ProgressEntry } from "@/lib/progress/entry";

/** One row per target (or one row with targetId null for a plan without matching targets). */
export interface ProgressRow {
  planId: number;
  baseYear: number;
  periodStart: number;
  periodEnd: number;
  outlookYear: number;
  onTrackLagPp: number;
  atRiskLagPp: number;
  ceilingMarginPp: number;
  nearlyAchievedPct: number;
  targetId: number | null;
  year: number;
  value: number;
  type: TargetType;
  tolerancePct: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  indicator: string;
  unit: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  adcode: string;
  regionNameZh: string;
  regionNameEn: string;
  /** [year, value, flags] of the current value of every year, ascending. */
  series: [number, number, string[]][];
}

export interface ProgressOptions {
  planSlug: string;
  /** The data as they stood at this moment (default now); its year (in China) is the evaluation year. */
  asOf?: Date;
  indicator?: string;
  region?: string;
  /** Page size (targets in id order); all targets when absent. */
  limit?: number;
  /** Only targets with an id greater than this (keyset pagination). */
  after?: number;
}

export interface ProgressPlanInfo {
  slug: string;
  baseYear: number;
  startYear: number;
  endYear: number;
  outlookYear: number;
}

export interface ProgressAnswer {
  asOf: string;
  evaluationYear: number;
  plan: ProgressPlanInfo;
  entries: ProgressEntry[];
  /** Id to pass as `after` for the next page; null on the last page. */
  next: number | null;
}

// Full answers (with chart series) up to 10,000 targets in all; a bigger one is not kept.
const cache = evaluationCache<Omit<ProgressAnswer, "asOf"> | null>("progress.full", 10_000);

/**
 * Evaluates every target of a plan as the data stood at `asOf` (default now); the
 * evaluation year is the year of `asOf` in China, so 2020 targets get their final
 * attainment. One SQL round trip: the plan, its targets and, per target, the newest
 * version of every year created by `asOf` (retractions drop the year) — read with a
 * backward scan of the (indicatorId, regionAdcode, year, version) index, no N+1.
 * Answers are cached while the data are unchanged (lib/data/progress-cache.ts); the
 * returned objects are shared and must not be mutated. Null when the plan does not exist.
 */
export async function getProgress(actor: Actor, opts: ProgressOptions): Promise<ProgressAnswer | null> {
  authorize(actor, "plan.read");
  const asOf = opts.asOf ?? new Date();
  const evaluationYear = chinaYear(asOf);
  const value = await cachedEvaluation<ProgressRow, Omit<ProgressAnswer, "asOf"> | null>({
    cache,
    key: JSON.stringify(["full", opts.planSlug, opts.indicator ?? null, opts.region ?? null, opts.limit ?? null, opts.after ?? null]),
    asOf,
    evaluationYear,
    query: progressQuery(opts, asOf),
    build: (rows) => buildAnswer(rows, opts, evaluationYear),
    cost: (v) => Math.max(1, v?.entries.length ?? 0),
  });
  return value ? { ...value, asOf: asOf.toISOString() } : null;
}

function buildAnswer(rows: ProgressRow[], opts: ProgressOptions, evaluationYear: number): Omit<ProgressAnswer, "asOf"> | null {
  const first = rows[0];
  if (!first) return null;
  const plan = planFacts(first);
  const entries = rows.filter((r) => r.targetId !== null).map((r) => toEntry(r, plan, evaluationYear));
  const last = entries[entries.length - 1];
  return {
    evaluationYear,
    plan: planInfo(opts.planSlug, first),
    entries,
    next: opts.limit !== undefined && last && entries.length === opts.limit ? last.targetId : null,
  };
}

export function planInfo(slug: string, r: ProgressRow): ProgressPlanInfo {
  return { slug, baseYear: r.baseYear, startYear: r.periodStart, endYear: r.periodEnd, outlookYear: r.outlookYear };
}

export function planFacts(r: ProgressRow): PlanFacts {
  return {
    baseYear: r.baseYear,
    startYear: r.periodStart,
    outlookYear: r.outlookYear,
    thresholds: { onTrackLagPp: r.onTrackLagPp, atRiskLagPp: r.atRiskLagPp, ceilingMarginPp: r.ceilingMarginPp, nearlyAchievedPct: r.nearlyAchievedPct },
  };
}

export function progressQuery(opts: Omit<ProgressOptions, "asOf">, asOf: Date): Prisma.Sql {
  const conds: Prisma.Sql[] = [Prisma.sql`t."planId" = p.id`];
  if (opts.indicator) conds.push(Prisma.sql`i.code = ${opts.indicator}`);
  if (opts.region) conds.push(Prisma.sql`t."regionAdcode" = ${opts.region}`);
  if (opts.after !== undefined) conds.push(Prisma.sql`t.id > ${opts.after}`);
  const limit = opts.limit !== undefined ? Prisma.sql`LIMIT ${opts.limit}` : Prisma.empty;
  return Prisma.sql`
    SELECT p.id AS "planId", p."baseYear", p."periodStart", p."periodEnd", p."outlookYear",
           p."onTrackLagPp"::float8 AS "onTrackLagPp", p."atRiskLagPp"::float8 AS "atRiskLagPp", p."ceilingMarginPp"::float8 AS "ceilingMarginPp", p."nearlyAchievedPct"::float8 AS "nearlyAchievedPct",
           t.*
    FROM "Plan" p
    LEFT JOIN LATERAL (
      SELECT t.id AS "targetId", t.year, t.value::float8 AS value, t.type::text AS type, t."tolerancePct"::float8 AS "tolerancePct",
             t."baselineYear", t."baselineValue"::float8 AS "baselineValue",
             i.code AS indicator, i.unit, i."nameZh" AS "indicatorNameZh", i."nameEn" AS "indicatorNameEn",
             r.adcode, r."nameZh" AS "regionNameZh", r."nameEn" AS "regionNameEn",
             (SELECT coalesce(json_agg(json_build_array(s.year, s.value, s.flags) ORDER BY s.year), '[]'::json)
              FROM (SELECT DISTINCT ON (o.year) o.year, o.kind, o.value, o.flags
                    FROM "Observation" o
                    WHERE o."indicatorId" = t."indicatorId" AND o."regionAdcode" = t."regionAdcode" AND o."publishedAt" <= ${asOf}
                    ORDER BY o.year DESC, o.version DESC) s
              WHERE s.kind = 'value') AS series
      FROM "Target" t
      JOIN "Indicator" i ON i.id = t."indicatorId"
      JOIN "Region" r ON r.adcode = t."regionAdcode"
      WHERE ${Prisma.join(conds, " AND ")}
      ORDER BY t.id
      ${limit}
    ) t ON TRUE
    WHERE p.slug = ${opts.planSlug}
    ORDER BY t."targetId"`;
}

export type PlanFacts = Parameters<typeof evaluateTarget>[0]["plan"];

export function toEntry(r: ProgressRow, plan: PlanFacts, evaluationYear: number): ProgressEntry {
  const observations: ProgressObservation[] = r.series.map(([year, value, flags]) => ({ year, value: Number(value), flags: flags as ObservationFlag[] }));
  const baseline = r.baselineYear !== null && r.baselineValue !== null ? { year: r.baselineYear, value: r.baselineValue } : null;
  const d = evaluateTarget({
    target: { year: r.year, value: r.value, type: r.type, tolerancePct: r.tolerancePct, baseline },
    plan,
    observations,
    evaluationYear,
    unit: { zh: formatUnit(r.unit, "zh"), en: formatUnit(r.unit, "en") },
  });
  return {
    targetId: r.targetId!,
    indicator: r.indicator,
    indicatorNameZh: r.indicatorNameZh,
    indicatorNameEn: r.indicatorNameEn,
    unit: r.unit,
    region: { adcode: r.adcode, nameZh: r.regionNameZh, nameEn: r.regionNameEn },
    targetYear: r.year,
    targetValue: r.value,
    targetType: r.type,
    baseline: d.baseline ? { year: d.baseline.year, value: d.baseline.value } : null,
    latest: d.latest ? { year: d.latest.year, value: d.latest.value } : null,
    basis: d.basis ? { year: d.basis.year, value: d.basis.value } : null,
    completion: d.completion,
    timeShare: d.timeShare,
    lagPp: d.lagPp,
    status: d.status,
    final: d.final ? { status: d.final.status, year: d.final.year, value: d.final.value } : null,
    lenses: { unsd: d.lenses.unsd, statcan: d.lenses.statcan, escap: d.lenses.escap, linear: d.lenses.linear },
    explanation: d.explanation,
    caveats: [...d.caveats],
    detail: d,
    observations,
  };
}
