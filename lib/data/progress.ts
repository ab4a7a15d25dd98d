import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/auth/authorize";
import { toNumber, toNumberOrNull } from "@/lib/data/decimal";
import type { Actor } from "@/lib/permissions";
import { evaluateTarget } from "@/lib/progress/evaluate";
import type { ObservationFlag, ProgressObservation } from "@/lib/progress/types";
import type { ProgressResult } from "@/lib/progress/result-types";
import { formatUnit } from "@/lib/units/format";

interface SeriesRow {
  indicatorId: number;
  regionAdcode: string;
  year: number;
  value: string;
  flags: string[];
}

/** The current value of every year of the given (indicator, region) series, as of a moment. */
async function currentSeries(pairs: { indicatorId: number; regionAdcode: string }[], asOf: Date): Promise<Map<string, ProgressObservation[]>> {
  const out = new Map<string, ProgressObservation[]>();
  if (pairs.length === 0) return out;
  const rows = await prisma.$queryRaw<SeriesRow[]>`
    SELECT cur."indicatorId", cur."regionAdcode", cur."year", cur.value::text AS value, cur.flags
    FROM (
      SELECT DISTINCT ON (o."indicatorId", o."regionAdcode", o."year") o."indicatorId", o."regionAdcode", o."year", o.kind, o.value, o.flags
      FROM "Observation" o
      JOIN unnest(${pairs.map((p) => p.indicatorId)}::int[], ${pairs.map((p) => p.regionAdcode)}::text[]) AS k(ind, reg)
        ON o."indicatorId" = k.ind AND o."regionAdcode" = k.reg
      WHERE o."createdAt" <= ${asOf}
      ORDER BY o."indicatorId", o."regionAdcode", o."year", o.version DESC
    ) cur
    WHERE cur.kind = 'value'`;
  for (const r of rows) {
    const key = `${r.indicatorId}|${r.regionAdcode}`;
    const list = out.get(key) ?? [];
    list.push({ year: r.year, value: Number(r.value), flags: r.flags as ObservationFlag[] });
    out.set(key, list);
  }
  return out;
}

export interface ProgressEntry {
  targetId: number;
  indicator: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  unit: string;
  region: { adcode: string; nameZh: string; nameEn: string };
  targetYear: number;
  targetValue: number;
  targetType: "min" | "max" | "approx";
  baseline: { year: number; value: number } | null;
  latest: { year: number; value: number } | null;
  completion: number | null;
  timeShare: number | null;
  lagPp: number | null;
  status: ProgressResult["status"];
  final: { status: string; year: number | null; value: number | null } | null;
  lenses: { unsd: ProgressResult["lenses"]["unsd"]; statcan: ProgressResult["lenses"]["statcan"]; escap: ProgressResult["lenses"]["escap"]; linear: ProgressResult["lenses"]["linear"] };
  explanation: { zh: string; en: string };
  caveats: string[];
  /** Everything the charts and the "why this colour" panel need. */
  detail: ProgressResult;
  observations: ProgressObservation[];
}

/**
 * Evaluates every target of a plan as the data stood at `asOf` (default now); the
 * evaluation year is the year of `asOf`, so 2020 targets get their final attainment.
 */
export async function getProgress(actor: Actor, opts: { planSlug: string; asOf?: Date; indicator?: string; region?: string }): Promise<{ asOf: string; entries: ProgressEntry[] } | null> {
  authorize(actor, "plan.read");
  const asOf = opts.asOf ?? new Date();
  const plan = await prisma.plan.findUnique({ where: { slug: opts.planSlug } });
  if (!plan) return null;
  const where: Prisma.TargetWhereInput = { planId: plan.id, ...(opts.indicator ? { indicator: { code: opts.indicator } } : {}), ...(opts.region ? { regionAdcode: opts.region } : {}) };
  const targets = await prisma.target.findMany({
    where,
    orderBy: { id: "asc" },
    include: { indicator: { select: { code: true, unit: true, nameZh: true, nameEn: true } }, region: { select: { adcode: true, nameZh: true, nameEn: true } } },
  });
  const series = await currentSeries(targets.map((t) => ({ indicatorId: t.indicatorId, regionAdcode: t.regionAdcode })), asOf);
  const thresholds = { onTrackLagPp: toNumber(plan.onTrackLagPp), atRiskLagPp: toNumber(plan.atRiskLagPp), ceilingMarginPp: toNumber(plan.ceilingMarginPp) };
  const evaluationYear = asOf.getUTCFullYear();
  const entries = targets.map((t): ProgressEntry => {
    const observations = series.get(`${t.indicatorId}|${t.regionAdcode}`) ?? [];
    const baseline = t.baselineYear !== null && t.baselineValue !== null ? { year: t.baselineYear, value: toNumber(t.baselineValue) } : null;
    const r = evaluateTarget({
      target: { year: t.year, value: toNumber(t.value), type: t.type, tolerancePct: toNumberOrNull(t.tolerancePct), baseline },
      plan: { baseYear: plan.baseYear, startYear: plan.periodStart, outlookYear: plan.outlookYear, thresholds },
      observations,
      evaluationYear,
      unit: { zh: formatUnit(t.indicator.unit, "zh"), en: formatUnit(t.indicator.unit, "en") },
    });
    return {
      targetId: t.id,
      indicator: t.indicator.code,
      indicatorNameZh: t.indicator.nameZh,
      indicatorNameEn: t.indicator.nameEn,
      unit: t.indicator.unit,
      region: t.region,
      targetYear: t.year,
      targetValue: toNumber(t.value),
      targetType: t.type,
      baseline: r.baseline ? { year: r.baseline.year, value: r.baseline.value } : null,
      latest: r.latest ? { year: r.latest.year, value: r.latest.value } : null,
      completion: r.completion,
      timeShare: r.timeShare,
      lagPp: r.lagPp,
      status: r.status,
      final: r.final ? { status: r.final.status, year: r.final.year, value: r.final.value } : null,
      lenses: { unsd: r.lenses.unsd, statcan: r.lenses.statcan, escap: r.lenses.escap, linear: r.lenses.linear },
      explanation: r.explanation,
      caveats: [...r.caveats],
      detail: r,
      observations: observations.sort((a, b) => a.year - b.year),
    };
  });
  return { asOf: asOf.toISOString(), entries };
}
