// The model of the schematic cluster map: every region with coordinates as a point,
// cities with targets as circles coloured by status and sized by population, the two
// cores as stars, and the two axes of the plan as polylines. No boundaries are drawn:
// the map is a diagram of positions, not a cadastral map.

import type { MapCity } from "@/lib/progress/map-cities";
import type { ProgressStatus } from "@/lib/progress/types";
import { fitPoints, radiusFor, starPath, type Frame } from "./projection";
import { mapFill } from "./status-key";

/** 成渝城市群 cores (第三章第二节 “双核”). Chongqing is drawn at 渝中区, its historic centre. */
export const CORES: readonly { adcode: string; at: readonly string[] }[] = [
  { adcode: "510100", at: ["510100"] },
  { adcode: "500000", at: ["500103", "500000"] },
];

/** Polylines through the plan's named places, in order along the line. */
export const AXES: readonly { key: "yangtze" | "chengyu"; adcodes: readonly string[] }[] = [
  // 沿江城市带: 宜宾–泸州–江津–重庆–长寿–涪陵–丰都–忠县–万州
  { key: "yangtze", adcodes: ["511500", "510500", "500116", "500103", "500115", "500102", "500230", "500233", "500101"] },
  // 成渝发展主轴 along the southern corridor: 成都–资阳–内江–荣昌–永川–璧山–重庆
  { key: "chengyu", adcodes: ["510100", "512000", "511000", "500153", "500118", "500120", "500103"] },
];

/** Levels drawn as places (and fitted into the frame); country, cluster and province rows are not. */
export const PLACE_LEVELS: ReadonlySet<string> = new Set(["prefecture", "district", "county"]);

export interface MapRegionInput {
  adcode: string;
  nameZh: string;
  nameEn: string;
  level: string;
  lat: number | null;
  lon: number | null;
}

/** A city drawn as a circle: see lib/progress/map-cities.ts, which derives them from targets. */
export type MapCityInput = MapCity;

interface Placed {
  adcode: string;
  nameZh: string;
  nameEn: string;
  x: number;
  y: number;
}

export interface ClusterMap {
  width: number;
  height: number;
  /** `labelled`: named on the map (all of them while there are at most MAX_CITY_LABELS). */
  /** `fill`: the status's own colour of the graded palette (lib/map/status-key.ts). */
  cities: (Placed & { r: number; status: ProgressStatus | null; fill: string; labelled: boolean })[];
  others: (Placed & { labelled: boolean })[];
  cores: (Placed & { path: string })[];
  axes: { key: "yangtze" | "chengyu"; points: string }[];
}

const RADIUS = { min: 6, max: 18, fallback: 8 };
/** Beyond this many cities, names would cover the map: circles keep their tooltips. */
const MAX_CITY_LABELS = 40;

/**
 * Builds the map. Regions without coordinates, and the non-places (country, cluster,
 * province) are left out of the fit; the Chongqing province row is only used as the
 * fallback position of its core. Larger circles come first so smaller ones are drawn on
 * top and stay clickable. Other regions are labelled when prefecture-level; with more
 * than MAX_CITY_LABELS cities only the cores keep their names.
 */
export function buildClusterMap(regions: readonly MapRegionInput[], cities: readonly MapCityInput[], frame: Frame): ClusterMap {
  const located = regions.filter((r): r is MapRegionInput & { lat: number; lon: number } => r.lat !== null && r.lon !== null);
  const byCode = new Map(located.map((r) => [r.adcode, r]));
  const places = located.filter((r) => PLACE_LEVELS.has(r.level));
  const project = fitPoints(places, frame);
  const place = (r: MapRegionInput & { lat: number; lon: number }, adcode = r.adcode, names: MapRegionInput = r): Placed => {
    const [x, y] = project(r);
    return { adcode, nameZh: names.nameZh, nameEn: names.nameEn, x, y };
  };

  const cityCodes = new Set(cities.map((c) => c.adcode));
  const maxPop = Math.max(0, ...cities.map((c) => c.population ?? 0));
  const cityList = cities.flatMap((c) => {
    const r = byCode.get(c.adcode);
    if (!r) return [];
    return [{ ...place(r), r: radiusFor(c.population, maxPop, RADIUS), status: c.status, fill: mapFill(c.status), labelled: cities.length <= MAX_CITY_LABELS }];
  });
  cityList.sort((a, b) => b.r - a.r);

  // the cores' own rows and the places they are drawn at carry a star, not a dot
  const coreCodes = new Set(CORES.flatMap((c) => [c.adcode, ...c.at]));
  const others = places
    .filter((r) => !cityCodes.has(r.adcode) && !coreCodes.has(r.adcode))
    .map((r) => ({ ...place(r), labelled: r.level === "prefecture" && cities.length <= MAX_CITY_LABELS }));

  const cores = CORES.flatMap((c) => {
    const own = byCode.get(c.adcode);
    const at = c.at.map((code) => byCode.get(code)).find((r) => r !== undefined);
    if (!own || !at) return [];
    const p = place(at, c.adcode, own);
    return [{ ...p, path: starPath(p.x, p.y, 11) }];
  });

  const axes = AXES.map((a) => ({
    key: a.key,
    points: a.adcodes
      .flatMap((code) => {
        const r = byCode.get(code);
        return r ? [project(r).join(",")] : [];
      })
      .join(" "),
  })).filter((a) => a.points.includes(" "));

  return { width: frame.width, height: frame.height, cities: cityList, others, cores, axes };
}

/**
 * `prev` (drawn by buildClusterMap from `prevCities`) with the cities whose status changed
 * recoloured, when that is all that changed: the same cities in the same order, each
 * with the same population (which sizes every circle). Null otherwise: build it afresh.
 * After a figure is written a few cities change colour; placing a thousand again is
 * what this saves.
 */
export function recolourClusterMap(prev: ClusterMap, prevCities: readonly MapCityInput[], cities: readonly MapCityInput[]): ClusterMap | null {
  if (prevCities.length !== cities.length) return null;
  const changed = new Map<string, ProgressStatus | null>();
  for (let i = 0; i < cities.length; i++) {
    const [was, now] = [prevCities[i]!, cities[i]!];
    if (was === now) continue;
    if (was.adcode !== now.adcode || was.population !== now.population) return null;
    if (was.status !== now.status) changed.set(now.adcode, now.status);
  }
  if (changed.size === 0) return prev;
  return {
    ...prev,
    cities: prev.cities.map((c) => {
      if (!changed.has(c.adcode)) return c;
      const status = changed.get(c.adcode)!;
      return { ...c, status, fill: mapFill(status) };
    }),
  };
}
