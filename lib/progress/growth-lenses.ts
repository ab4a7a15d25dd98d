// Growth-rate lenses shown beside the status: CAGR, the CAGR projection, and the three
// international progress measures built on them (UNSD, Statistics Canada / Open SDG,
// UNESCAP). Each returns either a value or the reason it is undefined, so the page can
// say *why* a lens is blank instead of showing a bare dash.

import type { YearValue } from "./types";
import type { LensNullReason, StatcanCategory, UnsdCategory } from "./result-types";

/** A lens value, or null together with the reason it is undefined (never both, never neither). */
export type LensOutcome<T> = { value: T; reason: null } | { value: null; reason: LensNullReason };

/** A defined lens value. */
export const ok = <T>(value: T): LensOutcome<T> => ({ value, reason: null });
/** An undefined lens, with the reason shown to the reader. */
export const none = <T>(reason: LensNullReason): LensOutcome<T> => ({ value: null, reason });

/**
 * Feeds a defined lens value into the next computation; an undefined one passes its
 * reason through unchanged (so a zero baseline shows as "zero_baseline_value" on every
 * lens built on CAGR, not as a vaguer secondary reason).
 */
export function chain<A, B>(o: LensOutcome<A>, f: (a: A) => LensOutcome<B>): LensOutcome<B> {
  return o.reason === null ? f(o.value) : none(o.reason);
}

/** Tiny slack so a ratio that is exactly on a category boundary (0.95) lands on it. */
const RATIO_SLACK = 1e-12;

/**
 * Compound annual growth rate from one point to a later one:
 *   (to.value / from.value)^(1 / (to.year − from.year)) − 1, as a fraction (0.05 = 5 %/yr).
 * Undefined (null with reason) when:
 *   - to.year ≤ from.year → `sameYearReason` (the caller names it: no later observation
 *     for the actual rate, target not after baseline for the required one);
 *   - from.value = 0 → "zero_baseline_value" (growth from zero has no rate);
 *   - either value < 0 → "negative_value" (a fractional power of a negative ratio is not real).
 * A decline gives a negative rate; a fall to exactly 0 gives −1 (−100 %/yr).
 */
export function cagr(from: YearValue, to: YearValue, sameYearReason: LensNullReason): LensOutcome<number> {
  if (to.year <= from.year) return none(sameYearReason);
  if (from.value === 0) return none("zero_baseline_value");
  if (from.value < 0 || to.value < 0) return none("negative_value");
  return ok((to.value / from.value) ** (1 / (to.year - from.year)) - 1);
}

/**
 * Value at `year` if `from.value` keeps growing at `rate` per year:
 *   from.value · (1 + rate)^(year − from.year).
 * For a year before from.year this back-casts along the same curve (used when the latest
 * observation is already past the target year). Null ("non_positive_value") when the
 * result is not finite, e.g. back-casting a series that fell to 0.
 */
export function projectAtRate(from: YearValue, rate: number, year: number): LensOutcome<number> {
  const v = from.value * (1 + rate) ** (year - from.year);
  return Number.isFinite(v) ? ok(v) : none("non_positive_value");
}

/**
 * UNSD (SDG Progress Chart) ratio of projected to required change:
 *   r = (v̂_T − v_b) / (v_T − v_b).
 * Null ("target_equals_baseline") when v_T = v_b. The sign convention makes the measure
 * direction-free: moving towards a target below the baseline also gives r > 0.
 */
export function unsdRatio(projectedAtTarget: number, baselineValue: number, targetValue: number): LensOutcome<{ ratio: number; category: UnsdCategory }> {
  if (targetValue === baselineValue) return none("target_equals_baseline");
  const ratio = (projectedAtTarget - baselineValue) / (targetValue - baselineValue);
  return ok({ ratio, category: unsdCategory(ratio) });
}

/** UNSD category: ≥ 0.95 on_track; 0.10 ≤ r < 0.95 fair; < 0.10 stagnation_or_regression. */
export function unsdCategory(ratio: number): UnsdCategory {
  if (ratio >= 0.95 - RATIO_SLACK) return "on_track";
  if (ratio >= 0.1 - RATIO_SLACK) return "fair";
  return "stagnation_or_regression";
}

/**
 * Statistics Canada / Open SDG ratio of actual to required growth rate:
 *   R = d · CAGR_a / |CAGR_r|, d = +1 if the target lies above the baseline, −1 below.
 * Null ("target_equals_baseline") when CAGR_r = 0, i.e. v_T = v_b.
 */
export function statcanRatio(cagrActual: number, cagrRequired: number): LensOutcome<{ ratio: number; category: StatcanCategory }> {
  if (cagrRequired === 0) return none("target_equals_baseline");
  const d = cagrRequired > 0 ? 1 : -1; // sign(CAGR_r) = sign(v_T − v_b) for positive values
  const ratio = (d * cagrActual) / Math.abs(cagrRequired);
  return ok({ ratio, category: statcanCategory(ratio) });
}

/**
 * Statistics Canada category: ≥ 0.95 substantial; 0.60–0.95 moderate; 0–0.60 limited;
 * < 0 deterioration (moving away from the target). Lower bounds are inclusive.
 */
export function statcanCategory(ratio: number): StatcanCategory {
  if (ratio >= 0.95 - RATIO_SLACK) return "substantial";
  if (ratio >= 0.6 - RATIO_SLACK) return "moderate";
  if (ratio >= 0) return "limited";
  return "deterioration";
}

/**
 * UNESCAP current-status score:
 *   CS = 10 · d · (v_t − v_b) / |v_T − v_b|, capped at 10 above (no floor: a value that
 *   moved away from the target scores below 0).
 * Uses values only, so zero or negative values are fine. Null ("target_equals_baseline")
 * when v_T = v_b.
 */
export function escapScore(baselineValue: number, latestValue: number, targetValue: number): LensOutcome<{ score: number }> {
  const gap = targetValue - baselineValue;
  if (gap === 0) return none("target_equals_baseline");
  const d = gap > 0 ? 1 : -1;
  return ok({ score: Math.min(10, (10 * d * (latestValue - baselineValue)) / Math.abs(gap)) });
}
