// Final evaluation (终期评估): once the target year has passed, the target is judged on
// the value of the target year itself, not on the trend.

import { effectiveTolerancePct, ppAtMost, withinTolerance } from "./numeric";
import { observationInYear } from "./observations";
import { scheduleMode } from "./schedule";
import { DEFAULT_THRESHOLDS, type FinalEvaluation, type FinalStatus, type ProgressObservation, type ProgressTarget, type YearValue } from "./types";

/**
 * Finds the observation to judge a target of year T on: year T; if missing, T−1; if
 * that is missing too, T+1. Returns null when none of the three exists (a gap of two or
 * more years is too far to stand in for the target year).
 *
 * Why T−1 before T+1: T−1 still lies inside the plan period, so it is what the plan
 * actually delivered; T+1 adds a year the plan did not ask for. The order is fixed so
 * the same data always give the same answer.
 *
 * `observations` must be normalized (cut at the evaluation year). Since the final
 * evaluation only runs when the evaluation year is after T, T+1 is always within reach.
 */
export function pickFinalObservation(
  observations: readonly ProgressObservation[],
  targetYear: number,
): { observation: ProgressObservation; yearOffset: -1 | 0 | 1 } | null {
  const offsets = [0, -1, 1] as const;
  for (const yearOffset of offsets) {
    const observation = observationInYear(observations, targetYear + yearOffset);
    if (observation) return { observation, yearOffset };
  }
  return null;
}

/** What the graded final verdict needs besides the target: the baseline and the plan's tolerance. */
export interface FinalOptions {
  baseline?: YearValue | null;
  /** Completion (percent) from which a missed goal is nearly_achieved; default 95. */
  nearlyAchievedPct?: number;
}

/**
 * Judges a target whose year has passed.
 *
 * - min, and max below its baseline (a required reduction) — goals:
 *     achieved once the target is reached (exactly at it counts); else nearly_achieved
 *     when the completion (v − v_b)/(v_T − v_b) is at least nearlyAchievedPct % (exactly
 *     at it counts; needs a baseline); else not_achieved, with the shortfall |v_T − v|.
 * - max above its baseline, or without one, or equal to it — a cap: within_cap when
 *     v ≤ v_T (exactly at the cap is within), else exceeded, with excess = v − v_T.
 * - min below its baseline (a floor): achieved when v ≥ v_T, else not_achieved (no
 *     tolerance: a floor is a limit, not a distance to cover).
 * - approx: achieved if v is within ±tolerance % of v_T (edges included), else
 *     not_achieved; deviationPct tells by how much and in which direction.
 * - no observation for T, T−1 or T+1: no_data, all numbers null.
 * Ratios are null when v_T = 0 (division by zero); the status is still decided.
 */
export function evaluateFinal(
  target: Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">,
  observations: readonly ProgressObservation[],
  opts: FinalOptions = {},
): FinalEvaluation {
  const picked = pickFinalObservation(observations, target.year);
  if (!picked) {
    return { status: "no_data", year: null, value: null, yearOffset: null, flags: [], ratioPct: null, excess: null, shortfall: null, deviationPct: null };
  }
  const { observation, yearOffset } = picked;
  const v = observation.value;
  const vT = target.value;
  const status = finalStatus(target, v, opts);
  const goal = target.type !== "approx" && !isLimit(target, opts.baseline ?? null);
  return {
    status,
    year: observation.year,
    value: v,
    yearOffset,
    flags: observation.flags,
    ratioPct: vT === 0 ? null : (v / vT) * 100,
    excess: target.type === "max" && v > vT ? v - vT : null,
    shortfall: goal && status !== "achieved" ? Math.abs(vT - v) : target.type === "min" && v < vT ? vT - v : null,
    deviationPct: vT === 0 ? null : ((v - vT) / Math.abs(vT)) * 100,
  };
}

/** A cap (max at or above its baseline, or without one) or a floor (min below its baseline). */
function isLimit(target: Pick<ProgressTarget, "value" | "type">, baseline: YearValue | null): boolean {
  const mode = baseline ? scheduleMode(target.type, baseline.value, target.value) : null;
  if (target.type === "max") return mode !== "reach";
  return target.type === "min" && mode === "floor";
}

/**
 * The final status for a single value against the target (see evaluateFinal for the
 * rules). Exported for callers that already hold the value.
 */
function finalStatus(
  target: Pick<ProgressTarget, "value" | "type" | "tolerancePct">,
  value: number,
  opts: FinalOptions = {},
): Exclude<FinalStatus, "no_data"> {
  const baseline = opts.baseline ?? null;
  if (target.type === "approx") {
    const tol = effectiveTolerancePct("approx", target.tolerancePct);
    return withinTolerance(value, target.value, tol) ? "achieved" : "not_achieved";
  }
  if (isLimit(target, baseline)) {
    if (target.type === "max") return value <= target.value ? "within_cap" : "exceeded";
    return value >= target.value ? "achieved" : "not_achieved";
  }
  const reached = target.type === "min" ? value >= target.value : value <= target.value;
  if (reached) return "achieved";
  if (baseline && baseline.value !== target.value) {
    const completion = (value - baseline.value) / (target.value - baseline.value);
    if (ppAtMost((opts.nearlyAchievedPct ?? DEFAULT_THRESHOLDS.nearlyAchievedPct) - 100 * completion, 0)) return "nearly_achieved";
  }
  return "not_achieved";
}
