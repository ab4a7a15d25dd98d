// Everything the overview page derives from the evaluated targets, in one pure step so
// the page can reuse it for as long as the evaluation itself is reused (see the page).

import type { ProgressSummaryEntry } from "./entry";
import { mapCities, type MapCity } from "./map-cities";
import { buildHeatMatrix, type HeatMatrix } from "./heat-matrix";
import { countStatuses } from "./rollup";
import { groupByTargetYear, type TargetYearGroup } from "./target-year-groups";
import type { ProgressStatus } from "./types";

export interface OverviewModel {
  counts: Record<ProgressStatus, number>;
  total: number;
  groups: TargetYearGroup[];
  matrix: HeatMatrix;
  cities: MapCity[];
  populations: Map<string, number>;
  /** Indicator codes with at least one target, in order of first appearance. */
  indicators: string[];
}

export interface OverviewOptions {
  maxRows?: number;
  maxColumns?: number;
  /** Colour the map by this indicator's targets only. */
  mapIndicator?: string;
}

export function buildOverviewModel(entries: readonly ProgressSummaryEntry[], evaluationYear: number, opts: OverviewOptions = {}): OverviewModel {
  const { cities, populations } = mapCities(entries, opts.mapIndicator);
  return {
    counts: countStatuses(entries.map((e) => e.status)),
    total: entries.length,
    groups: groupByTargetYear(entries, evaluationYear),
    matrix: buildHeatMatrix(entries, evaluationYear, { maxRows: opts.maxRows, maxColumns: opts.maxColumns }),
    cities,
    populations,
    indicators: [...new Set(entries.map((e) => e.indicator))],
  };
}

/**
 * Memoizes models per entries array (the cached evaluation hands out the same array
 * until the data change) and options. Entries arrays that are dropped free their models.
 */
export function memoizedOverviewModel(): (entries: readonly ProgressSummaryEntry[], evaluationYear: number, opts: OverviewOptions) => OverviewModel {
  const memo = new WeakMap<readonly ProgressSummaryEntry[], Map<string, OverviewModel>>();
  return (entries, evaluationYear, opts) => {
    const key = JSON.stringify([evaluationYear, opts.maxRows ?? null, opts.maxColumns ?? null, opts.mapIndicator ?? null]);
    let byOpts = memo.get(entries);
    if (!byOpts) {
      byOpts = new Map();
      memo.set(entries, byOpts);
    }
    let model = byOpts.get(key);
    if (!model) {
      model = buildOverviewModel(entries, evaluationYear, opts);
      byOpts.set(key, model);
    }
    return model;
  };
}
