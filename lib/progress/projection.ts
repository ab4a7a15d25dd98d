// Series for charts: the dashed projection from the latest observation, and the planned
// straight line from the baseline to the target. Years are assumed to be whole numbers.

import type { YearValue } from "./types";

export interface ProjectionInput {
  latest: YearValue | null;
  /** cagrActual from the lenses, or null. */
  cagrActual: number | null;
  /** Slope of the linear lens, or null. */
  linearSlope: number | null;
  /** Last year to project to: normally max(target year, outlook year). */
  endYear: number;
}

/**
 * Yearly points from the latest observation (included, so the dashed line joins the
 * observed one) to `endYear`, continuing the current pace:
 *   - at cagrActual when it is defined: v_t · (1 + g)^(y − t);
 *   - otherwise at the linear slope, anchored at the latest observation (not at the fitted
 *     line) so the dashed line starts where the data end: v_t + slope · (y − t);
 *   - otherwise no points (method null).
 * Also empty when there is no latest observation or endYear ≤ t (nothing left to project,
 * e.g. an evaluation after 2030 with data for 2031).
 */
export function projectionSeries(input: ProjectionInput): {
  points: YearValue[];
  method: "cagr" | "linear" | null;
} {
  const { latest, cagrActual, linearSlope, endYear } = input;
  if (!latest || endYear <= latest.year) return { points: [], method: null };
  let method: "cagr" | "linear";
  let at: (year: number) => number;
  if (cagrActual !== null) {
    method = "cagr";
    at = (y) => latest.value * (1 + cagrActual) ** (y - latest.year);
  } else if (linearSlope !== null) {
    method = "linear";
    at = (y) => latest.value + linearSlope * (y - latest.year);
  } else {
    return { points: [], method: null };
  }
  const points: YearValue[] = [];
  for (let year = latest.year; year <= endYear; year++) {
    points.push({ year, value: year === latest.year ? latest.value : at(year) });
  }
  return { points, method };
}

/**
 * The plan's implied straight path: yearly points from the baseline (b, v_b) to the
 * target (T, v_T), both ends included, value v_b + (v_T − v_b)·(y − b)/(T − b).
 * Empty without a baseline or when the baseline year is not before the target year.
 * For a ceiling this is the even use of the allowance, not a goal path.
 */
export function plannedTrajectory(baseline: YearValue | null, target: YearValue): YearValue[] {
  if (!baseline || baseline.year >= target.year) return [];
  const span = target.year - baseline.year;
  const points: YearValue[] = [];
  for (let year = baseline.year; year <= target.year; year++) {
    const value = year === target.year ? target.value : baseline.value + ((target.value - baseline.value) * (year - baseline.year)) / span;
    points.push({ year, value });
  }
  return points;
}
