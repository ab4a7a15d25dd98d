// Everything the overview page derives from the evaluated targets, in one pure step so
// it can be reused for as long as the evaluation itself is (lib/data/progress-overview.ts).

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
