// Target kinds read as levels. A growth-rate or reduction target implies a level in year T,
// and the schedule check (序时进度) runs on that level exactly as for a level target; the
// final evaluation then compares the realized rate with the plan's (see evaluate-rate.ts).
//
//   growth_rate r %/yr from (b, v_b): path(y) = v_b · (1 + r/100)^(y − b), level = path(T)
//   reduction x %:                   level = v_b · (1 − x/100)
//
// Rates are in percent throughout this file (6 = 6 %/yr), as plans write them.

import { effectiveTolerancePct } from "./numeric";
import type { ProgressTarget, TargetKind, TargetType, YearValue } from "./types";

/** The kind of a target; a missing kind is a level (targets from before kinds existed). */
export function kindOf(target: Pick<ProgressTarget, "kind">): TargetKind {
  return target.kind ?? "level";
}

/**
 * Value of the growth path in `year`: v_b · (1 + r/100)^(year − b). Years before b
 * back-cast along the same curve.
 */
export function growthPathValue(baseline: YearValue, ratePct: number, year: number): number {
  return baseline.value * (1 + ratePct / 100) ** (year - baseline.year);
}

/** Yearly points of the growth path from b to T, both included; empty when b ≥ T. */
export function growthPath(baseline: YearValue, ratePct: number, targetYear: number): YearValue[] {
  const points: YearValue[] = [];
  for (let year = baseline.year; year <= targetYear && baseline.year < targetYear; year++) {
    points.push({ year, value: growthPathValue(baseline, ratePct, year) });
  }
  return points;
}

/**
 * The level a growth_rate or reduction target implies in its year T:
 *   growth_rate: v_b · (1 + r/100)^(T − b);  reduction: v_b · (1 − x/100).
 * Null — the target cannot be read — when the rate is missing or not finite, or the
 * baseline value is not positive (growth from 0 has no rate; a fall of x % of 0 or of a
 * negative figure means nothing), or, for growth, the baseline year is not before T.
 */
export function impliedLevel(
  kind: "growth_rate" | "reduction",
  baseline: YearValue | null,
  ratePct: number | null | undefined,
  targetYear: number,
): number | null {
  if (!baseline || ratePct == null || !Number.isFinite(ratePct) || !(baseline.value > 0)) return null;
  if (kind === "reduction") return baseline.value * (1 - ratePct / 100);
  if (baseline.year >= targetYear) return null;
  return growthPathValue(baseline, ratePct, targetYear);
}

/**
 * The level type that reads like the rate's type:
 *   - growth_rate keeps its type (at least r %/yr = at least the path's level);
 *   - reduction swaps min and max: a fall of at least x % is a level of at most
 *     v_b·(1 − x), and a fall of at most x % a level of at least it (a floor);
 *   - approx stays approx.
 */
export function levelType(kind: TargetKind, type: TargetType): TargetType {
  if (kind !== "reduction" || type === "approx") return type;
  return type === "min" ? "max" : "min";
}

/**
 * The ± band (percent of the implied level) that matches an approx rate's band. The
 * tolerance of a rate target is a percentage of the rate itself (6 % ± 5 % = 5.7 … 6.3 %/yr),
 * the same convention as a level's (percent of the figure the plan writes).
 *   - reduction: the level band v_b·(1 − x(1 ± t)) is symmetric around v_b·(1 − x), of
 *     half-width v_b·x·t, i.e. x·t / (1 − x) of the level — the same verdicts exactly;
 *   - growth_rate: the level band v_b·(1 + r(1 ± t))^n is not symmetric; its mean
 *     half-width, in percent of the implied level, is used (the schedule check is a
 *     reading of the pace; the final verdict compares the rates themselves).
 * Null for non-approx targets (no band) or when the level is 0.
 */
export function levelTolerancePct(
  kind: "growth_rate" | "reduction",
  type: TargetType,
  ratePct: number,
  tolerancePct: number | null | undefined,
  years: number,
): number | null {
  if (type !== "approx") return null;
  const t = effectiveTolerancePct("approx", tolerancePct) / 100;
  const r = ratePct / 100;
  if (kind === "reduction") return r === 1 ? null : Math.abs((100 * r * t) / (1 - r));
  const mid = (1 + r) ** years;
  const hi = (1 + r * (1 + t)) ** years;
  const lo = (1 + r * (1 - t)) ** years;
  return mid === 0 ? null : Math.abs((100 * (hi - lo)) / (2 * mid));
}

/**
 * Realized average annual growth (percent) from (b, v_b) to (y, v): 100·((v/v_b)^(1/(y−b)) − 1).
 * Null when y ≤ b, v_b ≤ 0 or v < 0 (a fractional power of a negative ratio is not real).
 * A fall to 0 gives −100.
 */
export function realizedGrowthPct(baseline: YearValue, to: YearValue): number | null {
  if (to.year <= baseline.year || !(baseline.value > 0) || to.value < 0) return null;
  return 100 * ((to.value / baseline.value) ** (1 / (to.year - baseline.year)) - 1);
}

/** Realized fall (percent) from v_b to v: 100·(v_b − v)/v_b; negative = a rise. Null when v_b ≤ 0. */
export function realizedFallPct(baseline: YearValue, to: YearValue): number | null {
  if (!(baseline.value > 0)) return null;
  return (100 * (baseline.value - to.value)) / baseline.value;
}

/**
 * Whether a realized rate lies in an approx rate's band r·(1 ± t) (edges inside; the band
 * of a negative rate is taken around it the same way).
 */
export function rateWithinBand(realizedPct: number, ratePct: number, tolerancePct: number | null | undefined): boolean {
  const w = (Math.abs(ratePct) * effectiveTolerancePct("approx", tolerancePct)) / 100;
  return Math.abs(realizedPct - ratePct) <= w + 1e-12 * Math.max(1, Math.abs(ratePct));
}
