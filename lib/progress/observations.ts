// Cleaning and lookup of the observation series. Every other module assumes the series
// went through normalizeObservations: finite numbers, one per year, ascending, and
// nothing after the evaluation year.

import type { ProgressObservation } from "./types";

/**
 * Prepares observations for evaluation.
 *
 * - Drops observations after `evaluationYear`: an evaluation "as of 2019" must not see
 *   data for 2020, even if it is already stored (re-running a past evaluation gives the
 *   same answer).
 * - Drops non-finite years/values (NaN from a bad import must not poison the arithmetic).
 * - The input contract is at most one observation per year; if violated, the LAST one in
 *   input order wins, so the result is deterministic rather than an error.
 * - Returns a new array sorted by year ascending; the input is not mutated.
 */
export function normalizeObservations(observations: readonly ProgressObservation[], evaluationYear: number): ProgressObservation[] {
  const byYear = new Map<number, ProgressObservation>();
  for (const o of observations) {
    if (!Number.isFinite(o.year) || !Number.isFinite(o.value)) continue;
    if (o.year > evaluationYear) continue;
    byYear.set(o.year, o);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The observation for exactly `year`, or null. Expects a normalized series. */
export function observationInYear(observations: readonly ProgressObservation[], year: number): ProgressObservation | null {
  return observations.find((o) => o.year === year) ?? null;
}

/**
 * The most recent observation of a normalized series (largest statistical year), or null
 * when the series is empty. Because the series is cut at the evaluation year, this is
 * "latest as of the evaluation"; it is usually a year or two before the evaluation year,
 * since statistics are published with a delay.
 */
export function latestObservation(observations: readonly ProgressObservation[]): ProgressObservation | null {
  return observations[observations.length - 1] ?? null;
}

/**
 * The latest observation with year ≤ `year`, or null. Expects a normalized (ascending)
 * series.
 */
export function latestAtOrBefore(observations: readonly ProgressObservation[], year: number): ProgressObservation | null {
  let found: ProgressObservation | null = null;
  for (const o of observations) {
    if (o.year > year) break;
    found = o;
  }
  return found;
}
