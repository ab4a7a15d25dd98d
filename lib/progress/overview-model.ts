// Everything the overview page derives from the evaluated targets, in one pure step so
// it can be reused for as long as the evaluation itself is (lib/data/progress-overview.ts),
// and brought up to date from the previous model when a write changed only a few
// targets' evaluations (the usual write: one figure), in time proportional to them.

import type { ProgressSummaryEntry } from "./entry";
import { cityOf, mapCities, type MapCity } from "./map-cities";
import { heatMatrixOf, layOutHeatMatrix, relayOutRegions, type HeatMatrix, type HeatMatrixLayout } from "./heat-matrix";
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

/** What an update needs beside the model: where each region's targets are, and the matrix layout. */
interface ModelIndex {
  byRegion: Map<string, number[]>;
  cityAt: Map<string, number>;
  layout: HeatMatrixLayout;
}
const indexes = new WeakMap<OverviewModel, ModelIndex>();

export function buildOverviewModel(entries: readonly ProgressSummaryEntry[], evaluationYear: number, opts: OverviewOptions = {}): OverviewModel {
  const { cities, populations } = mapCities(entries, opts.mapIndicator);
  const layout = layOutHeatMatrix(entries, evaluationYear, opts.maxColumns);
  const model: OverviewModel = {
    counts: countStatuses(entries.map((e) => e.status)),
    total: entries.length,
    groups: groupByTargetYear(entries, evaluationYear),
    matrix: heatMatrixOf(layout, entries, opts.maxRows),
    cities,
    populations,
    indicators: [...new Set(entries.map((e) => e.indicator))],
  };
  const byRegion = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const list = byRegion.get(e.region.adcode);
    if (list) list.push(i);
    else byRegion.set(e.region.adcode, [i]);
  });
  indexes.set(model, { byRegion, cityAt: new Map(cities.map((c, i) => [c.adcode, i])), layout });
  return model;
}

/** More changed targets than this: building afresh is as quick. */
const MAX_PATCHED = 2_000;

/** The same target in the same place (indicator, year, region and their names): only its evaluation may differ. */
function samePlace(a: ProgressSummaryEntry, b: ProgressSummaryEntry): boolean {
  return (
    a.targetId === b.targetId &&
    a.indicator === b.indicator &&
    a.indicatorNameZh === b.indicatorNameZh &&
    a.indicatorNameEn === b.indicatorNameEn &&
    a.unit === b.unit &&
    a.targetYear === b.targetYear &&
    a.region.adcode === b.region.adcode &&
    a.region.nameZh === b.region.nameZh &&
    a.region.nameEn === b.region.nameEn
  );
}

/**
 * The model of `entries`, from `prev` (the model of earlier entries, built with the same
 * evaluation year and options) when the two arrays hold the same targets in the same
 * places and only some evaluations changed: the evaluation cache keeps every untouched
 * entry as the same object, so the changed ones are those that are not. Anything else
 * (targets added, removed, moved or renamed; many changed) builds the model afresh.
 * Either way the answer equals buildOverviewModel(entries, …).
 */
export function updateOverviewModel(
  prev: { entries: readonly ProgressSummaryEntry[]; model: OverviewModel } | undefined,
  entries: readonly ProgressSummaryEntry[],
  evaluationYear: number,
  opts: OverviewOptions = {},
): OverviewModel {
  const index = prev && indexes.get(prev.model);
  if (!prev || !index || prev.entries.length !== entries.length) return buildOverviewModel(entries, evaluationYear, opts);
  const changed: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (prev.entries[i] === entries[i]) continue;
    if (changed.length >= MAX_PATCHED || !samePlace(prev.entries[i]!, entries[i]!)) return buildOverviewModel(entries, evaluationYear, opts);
    changed.push(i);
  }
  if (changed.length === 0) return prev.model;

  const counts = { ...prev.model.counts };
  const groups = prev.model.groups.map((g) => ({ ...g, counts: { ...g.counts } }));
  const groupOf = new Map(groups.map((g) => [g.targetYear, g]));
  const regions = new Set<string>();
  for (const i of changed) {
    const [was, now] = [prev.entries[i]!, entries[i]!];
    counts[was.status] -= 1;
    counts[now.status] += 1;
    const group = groupOf.get(now.targetYear)!;
    group.counts[was.status] -= 1;
    group.counts[now.status] += 1;
    regions.add(now.region.adcode);
  }
  const cities = [...prev.model.cities];
  for (const adcode of regions) {
    cities[index.cityAt.get(adcode)!] = cityOf(
      adcode,
      index.byRegion.get(adcode)!.map((p) => entries[p]!),
      opts.mapIndicator,
    );
  }
  const layout = relayOutRegions(index.layout, entries, regions);
  const model: OverviewModel = {
    counts,
    total: prev.model.total,
    groups,
    matrix: heatMatrixOf(layout, entries, opts.maxRows),
    cities,
    // per region, in the cities' order (a few hundred regions: cheap)
    populations: new Map(cities.flatMap((c) => (c.population === null ? [] : [[c.adcode, c.population] as const]))),
    indicators: prev.model.indicators,
  };
  indexes.set(model, { ...index, layout });
  return model;
}
