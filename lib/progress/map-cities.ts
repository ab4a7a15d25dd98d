// Which cities the map draws as circles, with what colour and size, from evaluated
// targets. Pure: entries in, circle inputs out.

import type { ProgressEntry } from "./entry";
import { worstStatus } from "./rollup";
import type { ProgressStatus } from "./types";

type Entry = Pick<ProgressEntry, "indicator" | "region" | "status" | "latest">;

/** A circle of the cluster map (the input of lib/map/cluster-map.ts). */
export interface MapCity {
  adcode: string;
  /** Worst status of its targets (or of the chosen indicator's); null = not judged. */
  status: ProgressStatus | null;
  /** For the circle size, e.g. the latest urban population; null = fixed size. */
  population: number | null;
}

/** The indicator whose latest value sizes the circles (中心城区城市人口, 万人). */
const SIZE_INDICATOR = "urban_population";

/**
 * One circle per region with at least one target (in order of first appearance).
 * Colour: the worst status of its targets — of the `indicator`'s targets only when one
 * is chosen (a city without a target for it is then drawn grey, status null). Size: the
 * latest urban-population value among its targets (the most recent year wins), null
 * when it has none, which gives the fixed fallback size.
 */
export function mapCities(entries: readonly Entry[], indicator?: string): { cities: MapCity[]; populations: Map<string, number> } {
  const byRegion = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byRegion.get(e.region.adcode);
    if (list) list.push(e);
    else byRegion.set(e.region.adcode, [e]);
  }
  const populations = new Map<string, number>();
  const cities = [...byRegion.entries()].map(([adcode, list]) => {
    const city = cityOf(adcode, list, indicator);
    if (city.population !== null) populations.set(adcode, city.population);
    return city;
  });
  return { cities, populations };
}

/** The circle of one region from its targets (see mapCities). */
export function cityOf(adcode: string, list: readonly Entry[], indicator?: string): MapCity {
  let sized: Entry | undefined;
  for (const e of list) if (e.indicator === SIZE_INDICATOR && e.latest !== null && (!sized || e.latest.year > sized.latest!.year)) sized = e;
  const coloured = indicator ? list.filter((e) => e.indicator === indicator) : list;
  return { adcode, status: worstStatus(coloured.map((e) => e.status)), population: sized?.latest?.value ?? null };
}
