// "Years to target at the current pace": how long from the latest observation until the
// target value is reached if the pace seen so far continues.

import { none, ok, type LensOutcome } from "./growth-lenses";
import { signOf } from "./numeric";

/**
 * Whether the latest value has already reached the target: equal to it, or beyond it in
 * the direction of travel d = sign(v_T − v_b) (for a ceiling that means the cap is hit).
 * Then the answer is 0 years rather than "never".
 */
function alreadyThere(latestValue: number, targetValue: number, direction: -1 | 0 | 1): boolean {
  const gap = targetValue - latestValue;
  return gap === 0 || (direction !== 0 && signOf(gap) === -direction);
}

/**
 * Years at a constant growth rate: ln(v_T / v_t) / ln(1 + rate), counted from the latest
 * observation's year (may be fractional).
 *   - 0 when already reached or passed (see alreadyThere);
 *   - null "no_progress" when rate = 0;
 *   - null "wrong_direction" when the rate moves away from the target;
 *   - null "non_positive_value" when v_t ≤ 0, v_T ≤ 0 or rate ≤ −100 % (log undefined).
 */
export function yearsToTargetAtRate(latestValue: number, targetValue: number, rate: number, direction: -1 | 0 | 1): LensOutcome<number> {
  if (alreadyThere(latestValue, targetValue, direction)) return ok(0);
  if (rate === 0) return none("no_progress");
  if (signOf(rate) !== signOf(targetValue - latestValue)) return none("wrong_direction");
  if (latestValue <= 0 || targetValue <= 0 || rate <= -1) return none("non_positive_value");
  return ok(Math.log(targetValue / latestValue) / Math.log(1 + rate));
}

/**
 * Years at a constant absolute change per year: (v_T − v_t) / slope, counted from the
 * latest observation's year. Same 0 / no_progress / wrong_direction rules as the rate
 * version; works for zero and negative values.
 */
export function yearsToTargetLinear(latestValue: number, targetValue: number, slope: number, direction: -1 | 0 | 1): LensOutcome<number> {
  if (alreadyThere(latestValue, targetValue, direction)) return ok(0);
  if (slope === 0) return none("no_progress");
  if (signOf(slope) !== signOf(targetValue - latestValue)) return none("wrong_direction");
  return ok((targetValue - latestValue) / slope);
}
