// Final evaluation (终期评估): once the target year has passed, the target is judged on
// the value of the target year itself, not on the trend.

import { effectiveTolerancePct, withinTolerance } from "./numeric";
import { observationInYear } from "./observations";
import type { FinalEvaluation, FinalStatus, ProgressObservation, ProgressTarget } from "./types";

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

/**
 * Judges a target whose year has passed.
 *
 * - min:    achieved if v ≥ v_T, else not_achieved; ratioPct = v / v_T × 100.
 * - max:    achieved if v ≤ v_T (exactly at the cap counts as achieved), else exceeded;
 *           excess = v − v_T (in the indicator's unit) when exceeded.
 * - approx: achieved if v is within ±tolerance % of v_T (edges included), else
 *           not_achieved; deviationPct tells by how much and in which direction.
 * - no observation for T, T−1 or T+1: no_data, all numbers null.
 *
 * No baseline is needed: the final judgement compares the value with the target only.
 * Ratios are null when v_T = 0 (division by zero); the status is still decided.
 */
export function evaluateFinal(
  target: Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">,
  observations: readonly ProgressObservation[],
): FinalEvaluation {
  const picked = pickFinalObservation(observations, target.year);
  if (!picked) {
    return {
      status: "no_data",
      year: null,
      value: null,
      yearOffset: null,
      flags: [],
      ratioPct: null,
      excess: null,
      deviationPct: null,
    };
  }
  const { observation, yearOffset } = picked;
  const v = observation.value;
  const vT = target.value;
  const status = finalStatus(target, v);
  return {
    status,
    year: observation.year,
    value: v,
    yearOffset,
    flags: observation.flags,
    ratioPct: vT === 0 ? null : (v / vT) * 100,
    excess: target.type === "max" && v > vT ? v - vT : null,
    deviationPct: vT === 0 ? null : ((v - vT) / Math.abs(vT)) * 100,
  };
}

/**
 * The final status for a single value against the target (see evaluateFinal for the
 * rules). Exported for callers that already hold the value.
 */
export function finalStatus(
  target: Pick<ProgressTarget, "value" | "type" | "tolerancePct">,
  value: number,
): Exclude<FinalStatus, "no_data"> {
  switch (target.type) {
    case "min":
      return value >= target.value ? "achieved" : "not_achieved";
    case "max":
      return value <= target.value ? "achieved" : "exceeded";
    case "approx": {
      const tol = effectiveTolerancePct("approx", target.tolerancePct);
      return withinTolerance(value, target.value, tol) ? "achieved" : "not_achieved";
    }
  }
}
