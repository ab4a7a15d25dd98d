// evaluateTarget: one target, its observations and an evaluation year in; status, numbers,
// lenses, chart series and explanation out. Pure: no clock, no I/O, same input → same
// result, so the page, exports and tests all agree.

import { evaluateCumulative } from "./evaluate-cumulative";
import { evaluateLevel } from "./evaluate-level";
import { evaluateRate } from "./evaluate-rate";
import { kindOf } from "./kinds";
import type { ProgressInput } from "./types";
import type { ProgressResult } from "./result-types";

/**
 * Evaluates one target as of `input.evaluationYear`, by its kind (kinds.ts):
 *   - level (the default): evaluate-level.ts;
 *   - growth_rate / reduction: evaluate-rate.ts — the schedule check of the implied level,
 *     the final verdict on the realized rate;
 *   - cumulative: evaluate-cumulative.ts — the running sum of b+1 … t against the target sum.
 * Every kind returns the same shape, with `reading` holding its own figures.
 */
export function evaluateTarget(input: ProgressInput): ProgressResult {
  const kind = kindOf(input.target);
  if (kind === "growth_rate" || kind === "reduction") return evaluateRate(input, kind);
  if (kind === "cumulative") return evaluateCumulative(input);
  return evaluateLevel(input);
}
