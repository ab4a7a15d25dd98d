// Small numeric helpers shared by the progress modules. Kept separate so that the
// floating-point policy (how boundaries like "lag exactly 10 pp" are treated) lives in
// one place.

import { DEFAULT_APPROX_TOLERANCE_PCT, type TargetType } from "./types";

/**
 * Slack, in percentage points, added to inclusive threshold comparisons. Why: a lag
 * that is exactly 10 pp on paper (s = 0.5, c = 0.4) comes out as 9.999999999999998 or
 * 10.000000000000002 in floating point; the boundary must not depend on that noise.
 */
const PP_EPSILON = 1e-9;

/**
 * Sign of a number as −1, 0 or +1. Used for the direction d of a target
 * (d = sign(target − baseline)). NaN yields 0.
 */
export function signOf(x: number): -1 | 0 | 1 {
  if (x > 0) return 1;
  if (x < 0) return -1;
  return 0;
}

/**
 * `a <= b` in percentage points, tolerant of floating-point noise (see PP_EPSILON).
 * Both arguments are in pp.
 */
export function ppAtMost(a: number, b: number): boolean {
  return a <= b + PP_EPSILON;
}

/**
 * The ± tolerance (percent) that applies to a target. Only `approx` targets have a band;
 * min/max return 0. A missing/invalid approx tolerance falls back to
 * DEFAULT_APPROX_TOLERANCE_PCT; a negative one is read as its absolute value.
 */
export function effectiveTolerancePct(type: TargetType, tolerancePct: number | null | undefined): number {
  if (type !== "approx") return 0;
  if (tolerancePct == null || !Number.isFinite(tolerancePct)) return DEFAULT_APPROX_TOLERANCE_PCT;
  return Math.abs(tolerancePct);
}

/**
 * Whether `value` lies within ±tolerancePct % of `target` (inclusive). The band is
 * relative to |target|, so a target of 0 has a zero-width band (only 0 is within).
 * A tiny relative slack keeps values exactly on the edge (e.g. 210 for 200 ±5 %) inside.
 */
export function withinTolerance(value: number, target: number, tolerancePct: number): boolean {
  const band = (Math.abs(target) * tolerancePct) / 100;
  const slack = 1e-12 * Math.max(1, Math.abs(target));
  return Math.abs(value - target) <= band + slack;
}

/**
 * Rounds to a number of decimals (half away from zero on the decimal value). Used only
 * for display; decisions are always taken on unrounded numbers.
 */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(x) * f + 1e-9) / f;
  return x < 0 ? -r : r;
}
