// Ordinary least-squares line through (year, value) points: the "linear" lens and the
// fallback projection when CAGR is undefined (zero or negative values).

import type { YearValue } from "./types";

export interface LinearFit {
  /** Change per year, in the indicator's unit. */
  slope: number;
  /** Fitted value at year 0, so value(year) = intercept + slope · year. */
  intercept: number;
}

/**
 * Least-squares fit of value on year. Computed around the mean year so that years near
 * 2000 do not cost precision. Returns null when fewer than two distinct years are given
 * (the slope is undefined). Duplicate years are allowed and simply weigh more.
 */
export function fitLine(points: readonly YearValue[]): LinearFit | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s + p.year, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.year - meanX) ** 2;
    sxy += (p.year - meanX) * (p.value - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** Value of a fitted line at `year` (intercept + slope · year). */
export function valueOnLine(fit: LinearFit, year: number): number {
  return fit.intercept + fit.slope * year;
}

/**
 * Points the linear lens is fitted to: the baseline point, then every observation
 * strictly after the baseline year. Why the baseline point rather than "observations
 * from the baseline year on": when the baseline comes from the target (the plan's own
 * figure) the observation of that year, if any, may differ; using the chosen baseline
 * keeps the line consistent with the other lenses. For an observation-based baseline the
 * two readings are identical. `observations` must be normalized (ascending, cut at the
 * evaluation year).
 */
export function linearPoints(baseline: YearValue, observations: readonly YearValue[]): YearValue[] {
  return [{ year: baseline.year, value: baseline.value }, ...observations.filter((o) => o.year > baseline.year).map((o) => ({ year: o.year, value: o.value }))];
}
