// The running sum of a cumulative target (累计…): the annual values of b+1 … t added up.
// Gaps are gaps: a missing year inside the period covered is reported, never guessed and
// never counted as zero.

import type { CumulativeLens, CumulativeReading } from "./kind-types";
import type { ProgressObservation } from "./types";

/**
 * Sums a normalized series over the years b+1 … `targetYear`.
 * - through: the last year with a figure in b+1 … T (null when there is none);
 * - missingYears: the years without a figure in b+1 … through — or, when `complete`
 *   (the target year has passed and the whole period is due), in b+1 … T;
 * - sum: null as soon as any year is missing (and when nothing was summed);
 * - years: the years that have a figure, ascending.
 * Figures after T are not summed (they belong to no period of this target).
 */
export function runningSum(observations: readonly ProgressObservation[], from: number, targetYear: number, complete: boolean): CumulativeReading {
  const inPeriod = observations.filter((o) => o.year > from && o.year <= targetYear);
  const years = inPeriod.map((o) => o.year);
  const through = years.length ? years[years.length - 1]! : null;
  const end = complete ? targetYear : (through ?? from);
  const have = new Set(years);
  const missingYears: number[] = [];
  for (let y = from + 1; y <= end; y++) if (!have.has(y)) missingYears.push(y);
  const sum = missingYears.length === 0 && inPeriod.length > 0 ? inPeriod.reduce((acc, o) => acc + o.value, 0) : null;
  return { from, through, sum, years, missingYears };
}

/**
 * The pace lens of a cumulative target with a complete running sum through year t
 * (t > b): average per year = sum / (t − b); required per year for the rest =
 * (S − sum) / (T − t), null once t ≥ T; projected sum at T = sum + average · (T − t)
 * (= sum once t ≥ T). Null without a sum.
 */
export function cumulativeLens(reading: CumulativeReading, targetSum: number, targetYear: number): CumulativeLens | null {
  if (reading.sum === null || reading.through === null || reading.through <= reading.from) return null;
  const averagePerYear = reading.sum / (reading.through - reading.from);
  const left = targetYear - reading.through;
  return {
    averagePerYear,
    requiredPerYear: left > 0 ? (targetSum - reading.sum) / left : null,
    projectedAtTarget: reading.sum + averagePerYear * Math.max(0, left),
  };
}
