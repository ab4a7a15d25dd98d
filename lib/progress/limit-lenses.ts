// Lenses of targets that are not "progress towards a goal":
//   - limits: a ceiling (max above the baseline, or max without one) or a floor (min below
//     the baseline) — growth up to the cap is allowed, not achieved; the questions are how
//     much of the allowance is used against the time elapsed, when the limit would be
//     crossed at the current pace, and how much room is left;
//   - bands: an approx target — how far the figure is from the band and whether it moves
//     towards it.
// Growth lenses (UNSD, Statistics Canada, UNESCAP, years to target) measure the share of
// the way to a goal covered; for a limit or a band there is no such way, so they are not
// computed for these kinds (see lenses.ts, which records why).

import { effectiveTolerancePct } from "./numeric";
import type { ProgressTarget, YearValue } from "./types";
import type { BandLens, LimitLens } from "./limit-types";
import type { ScheduleMode } from "./result-types";

/** What kind of reading a target gets: progress to a goal, a limit to respect, a band to be in. */
export type ReadingKind = "progress" | "limit" | "band";

/**
 * The kind of a target from its type and mode (mode null = no usable baseline):
 *   approx → band; max in ceiling mode or without a baseline → limit (a cap read
 *   literally); min in floor mode → limit; everything else (min upwards, max downwards,
 *   hold) → progress.
 */
export function targetKind(type: ProgressTarget["type"], mode: ScheduleMode | null): ReadingKind {
  if (type === "approx") return "band";
  if (type === "max" && (mode === "ceiling" || mode === null)) return "limit";
  if (type === "min" && mode === "floor") return "limit";
  return "progress";
}

export interface LimitInput {
  type: "min" | "max";
  target: YearValue;
  baseline: YearValue | null;
  /** The figure judged: the final-evaluation figure after T, else the latest. */
  basis: YearValue | null;
  /** Change per year of the linear lens, null when undefined. */
  slope: number | null;
}

/**
 * The limit lens. side: ceiling for max, floor for min.
 *   - headroom = v_T − v (ceiling) or v − v_T (floor), at the basis figure; negative = breached;
 *   - used = (v − v_b)/(v_T − v_b) and timeShare = (t − b)/(T − b), only with a baseline
 *     before T and a basis after the baseline (both null otherwise);
 *   - crossing, at the linear pace k towards the limit (k for a ceiling, −k for a floor):
 *       headroom < 0 → "breached"; headroom = 0 → "at_limit" (year = t);
 *       pace ≤ 0 or unknown → "not_at_this_pace" / "unknown";
 *       else year = t + headroom / pace (fractional), "before_target" when ≤ T, else
 *       "after_target" (the limit holds through T at this pace).
 *   - marginAtTarget = headroom projected to T at the same pace (null when t ≥ T or no pace).
 * Null when there is no basis figure.
 */
export function limitLens({ type, target, baseline, basis, slope }: LimitInput): LimitLens | null {
  if (!basis) return null;
  const side = type === "max" ? "ceiling" : "floor";
  const sign = side === "ceiling" ? 1 : -1;
  const headroom = sign * (target.value - basis.value);
  const pace = slope === null ? null : sign * slope; // towards the limit, per year
  const usable = baseline && baseline.year < target.year && basis.year > baseline.year && target.value !== baseline.value;
  const used = usable ? (basis.value - baseline.value) / (target.value - baseline.value) : null;
  const timeShare = usable ? (basis.year - baseline.year) / (target.year - baseline.year) : null;
  let crossing: LimitLens["crossing"];
  if (headroom < 0) crossing = { kind: "breached", year: null };
  else if (headroom === 0) crossing = { kind: "at_limit", year: basis.year };
  else if (pace === null) crossing = { kind: "unknown", year: null };
  else if (pace <= 0) crossing = { kind: "not_at_this_pace", year: null };
  else {
    const year = basis.year + headroom / pace;
    crossing = { kind: year <= target.year ? "before_target" : "after_target", year };
  }
  const marginAtTarget = pace !== null && basis.year < target.year ? headroom - pace * (target.year - basis.year) : null;
  return { side, headroom, used, timeShare, crossing, marginAtTarget };
}

/**
 * The band lens of an approx target at the basis figure: the band [v_T − w, v_T + w] with
 * w = |v_T| · tolerance / 100 (edges inside); distance = v − high above it, v − low below
 * it (signed), 0 inside; direction by the linear pace k: inside → "inside"; k = 0 or
 * unknown → null; moving to the band → "toward", else "away". Null without a basis figure.
 */
export function bandLens(target: Pick<ProgressTarget, "value" | "tolerancePct">, basis: YearValue | null, slope: number | null): BandLens | null {
  if (!basis) return null;
  const w = (Math.abs(target.value) * effectiveTolerancePct("approx", target.tolerancePct)) / 100;
  const low = target.value - w;
  const high = target.value + w;
  const v = basis.value;
  const distance = v > high ? v - high : v < low ? v - low : 0;
  let direction: BandLens["direction"];
  if (distance === 0) direction = "inside";
  else if (slope === null || slope === 0) direction = null;
  else direction = Math.sign(slope) === -Math.sign(distance) ? "toward" : "away";
  return { low, high, distance, direction };
}
