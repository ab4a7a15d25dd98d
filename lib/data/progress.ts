import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { cachedEvaluation, evaluationCache, touchedTargetsSql, type EvaluationCache } from "@/lib/data/progress-cache";
import type { Touched } from "@/lib/progress/incremental";
import { currentVersionsSql } from "@/lib/data/current-observations";
import { chinaYear } from "@/lib/validation/as-of";
import type { ProgressEntry } from "@/lib/progress/entry";
import { evaluateTarget } from "@/lib/progress/evaluate";
import type { ObservationFlag, ProgressObservation, TargetKind, TargetType } from "@/lib/progress/types";
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
  indicatorId: number | null;
  year: number;
  value: number;
  type: TargetType;
  kind: TargetKind;
  /** growth_rate / reduction: percent; null otherwise. */
  rate: number | null;
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
 * attainment. One SQL round trip: the plan, its targets and, per target, the current
 * version of every year as of `asOf` (retractions drop the year; currentVersionsSql:
 * one index probe per year whatever the history), no N+1.
 * Answers are cached and kept up to date incrementally (lib/data/progress-cache.ts); the
 * returned objects are shared and must not be mutated. `instanceCache` stands for another
 * app instance's cache (tests). Null when the plan does not exist.
 */
export async function getProgress(
  actor: Actor,
  opts: ProgressOptions,
  instanceCache?: EvaluationCache<Omit<ProgressAnswer, "asOf"> | null>,
): Promise<ProgressAnswer | null> {
  authorize(actor, "plan.read");
  const asOf = opts.asOf ?? new Date();
  const evaluationYear = chinaYear(asOf);
  const value = await cachedEvaluation<ProgressRow, ProgressEntry, Omit<ProgressAnswer, "asOf"> | null>({
    cache: instanceCache ?? cache,
    key: JSON.stringify(["full", opts.planSlug, opts.indicator ?? null, opts.region ?? null, opts.limit ?? null, opts.after ?? null]),
    asOf: opts.asOf,
    evaluationYear,
    query: (only) => progressQuery(opts, opts.asOf, only),
    item: (row, first) => toEntry(row, planFacts(first), evaluationYear),
    assemble: (first, entries) => buildAnswer(first, entries, opts, evaluationYear),
    // a figure never moves a target between pages; a target added or removed does (mergePage)
    pageLimit: opts.limit,
    cost: (v) => Math.max(1, v?.entries.length ?? 0),
  });
  return value ? { ...value, asOf: asOf.toISOString() } : null;
}

function buildAnswer(
  first: ProgressRow | undefined,
  entries: ProgressEntry[],
  opts: ProgressOptions,
  evaluationYear: number,
): Omit<ProgressAnswer, "asOf"> | null {
  if (!first) return null;
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

/** The evaluation's rows as of `asOf`; undefined: as the data stand (every committed version). */
export function progressQuery(opts: Omit<ProgressOptions, "asOf">, asOf: Date | undefined, only?: Touched): Prisma.Sql {
  const conds: Prisma.Sql[] = [Prisma.sql`t."planId" = p.id`];
  if (opts.indicator) conds.push(Prisma.sql`i.code = ${opts.indicator}`);
  if (opts.region) conds.push(Prisma.sql`t."regionAdcode" = ${opts.region}`);
  if (opts.after !== undefined) conds.push(Prisma.sql`t.id > ${opts.after}`);
  // the touched targets of a page are looked for past its end as well: mergePage must see
  // a target that would join the page
  const limit = opts.limit !== undefined && !only ? Prisma.sql`LIMIT ${opts.limit}` : Prisma.empty;
  return Prisma.sql`
    SELECT p.id AS "planId", p."baseYear", p."periodStart", p."periodEnd", p."outlookYear",
           p."onTrackLagPp"::float8 AS "onTrackLagPp", p."atRiskLagPp"::float8 AS "atRiskLagPp", p."ceilingMarginPp"::float8 AS "ceilingMarginPp", p."nearlyAchievedPct"::float8 AS "nearlyAchievedPct",
           t.*
    FROM "Plan" p
    LEFT JOIN LATERAL (
      SELECT t.id AS "targetId", t."indicatorId", t.year,
             (CASE WHEN tv.superseded THEN tv.kind ELSE t.kind END)::text AS kind,
             (CASE WHEN tv.superseded THEN tv.rate ELSE t.rate END)::float8 AS rate,
             (CASE WHEN tv.superseded THEN tv.value ELSE t.value END)::float8 AS value,
             (CASE WHEN tv.superseded THEN tv.type ELSE t.type END)::text AS type,
             (CASE WHEN tv.superseded THEN tv."tolerancePct" ELSE t."tolerancePct" END)::float8 AS "tolerancePct",
             (CASE WHEN tv.superseded THEN tv."baselineYear" ELSE t."baselineYear" END) AS "baselineYear",
             (CASE WHEN tv.superseded THEN tv."baselineValue" ELSE t."baselineValue" END)::float8 AS "baselineValue",
             i.code AS indicator, i.unit, i."nameZh" AS "indicatorNameZh", i."nameEn" AS "indicatorNameEn",
             r.adcode, r."nameZh" AS "regionNameZh", r."nameEn" AS "regionNameEn",
             (SELECT coalesce(json_agg(json_build_array(s.year, s.value, s.flags) ORDER BY s.year), '[]'::json)
              FROM ${currentVersionsSql({ asOf, where: [Prisma.sql`c."indicatorId" = t."indicatorId"`, Prisma.sql`c."regionAdcode" = t."regionAdcode"`] })} s) AS series
      FROM ${only ? Prisma.sql`${touchedTargetsSql(only, Prisma.sql`p.id`)} touched JOIN "Target" t ON t.id = touched.id` : Prisma.sql`"Target" t`}
      JOIN "Indicator" i ON i.id = t."indicatorId"
      JOIN "Region" r ON r.adcode = t."regionAdcode"
      -- the target's figures in force at asOf: an older TargetVersion when a later one was
      -- recorded after asOf (a plan revision, an edit); otherwise the row, which holds the
      -- current version (and a target with no version recorded by asOf answers with it)
      LEFT JOIN LATERAL (SELECT v.value, v.kind, v.rate, v.type, v."tolerancePct", v."baselineYear", v."baselineValue", v.version < t.version AS superseded
                         FROM "TargetVersion" v WHERE v."targetId" = t.id AND ${asOf === undefined ? Prisma.sql`TRUE` : Prisma.sql`v."createdAt" <= ${asOf}`}
                         ORDER BY v.version DESC LIMIT 1) tv ON TRUE
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
    target: { year: r.year, value: r.value, type: r.type, tolerancePct: r.tolerancePct, baseline, kind: r.kind, rate: r.rate, baselineYear: r.baselineYear },
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
    kind: r.kind,
    rate: r.rate,
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
