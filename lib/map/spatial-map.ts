// The schematic map of the plan's spatial structure, 一轴两带、双核三区 (第三章第二节):
// the development axis and the two urban belts as lines through their cities, the two
// cores as stars, the three urban agglomeration zones as ellipses around their member
// cities. Same projection and places as the cluster map (lib/map/cluster-map.ts), so the
// two maps line up. Pure: regions and the plan's spatial goals in, shapes out.

import { AXES, buildClusterMap, CORES, PLACE_LEVELS, type ClusterMap, type MapRegionInput } from "./cluster-map";
import { fitPoints, type Frame } from "./projection";

export type SpatialKind = "axis" | "belt" | "core" | "zone";

/** A spatial goal of the plan: its key, kind, names and member regions (adcodes, in the plan's order). */
export interface SpatialGoalInput {
  key: string;
  kind: SpatialKind;
  nameZh: string;
  nameEn: string;
  adcodes: readonly string[];
}

type SpatialShape = { type: "line"; points: string } | { type: "ellipse"; cx: number; cy: number; rx: number; ry: number } | { type: "star"; path: string };

export interface SpatialElement {
  key: string;
  kind: SpatialKind;
  nameZh: string;
  nameEn: string;
  shape: SpatialShape;
  /** Where its name is drawn. */
  label: { x: number; y: number };
}

export interface SpatialMap {
  width: number;
  height: number;
  /** Zones first (drawn underneath), then lines, then cores. */
  elements: SpatialElement[];
  others: ClusterMap["others"];
}

/**
 * Lines are drawn through their cities in order along the corridor, which the plan's list
 * of member cities does not give: the axis and the riverside belt as on the cluster map,
 * 成德绵乐 from north to south (绵阳–德阳–成都–眉山–乐山). Another line goal falls back to
 * its member order.
 */
const LINE_ORDER: Readonly<Record<string, readonly string[]>> = {
  "spatial.axis": AXES.find((a) => a.key === "chengyu")!.adcodes,
  "spatial.belt-riverside": AXES.find((a) => a.key === "yangtze")!.adcodes,
  "spatial.belt-chengde-mianle": ["510700", "510600", "510100", "511400", "511100"],
};
const ZONE_PADDING = 16;
const ORDER: Record<SpatialKind, number> = { zone: 0, belt: 1, axis: 2, core: 3 };

/**
 * Builds the map. A member without coordinates is skipped; a core is drawn where the
 * cluster map draws it (重庆 at 渝中区); an element with no located member (a line with
 * fewer than two) is left out rather than drawn at a wrong place.
 */
export function buildSpatialMap(regions: readonly MapRegionInput[], goals: readonly SpatialGoalInput[], frame: Frame): SpatialMap {
  const base = buildClusterMap(regions, [], frame);
  const located = regions.filter((r): r is MapRegionInput & { lat: number; lon: number } => r.lat !== null && r.lon !== null);
  const project = fitPoints(
    located.filter((r) => PLACE_LEVELS.has(r.level)),
    frame,
  );
  // a province row (重庆) stands at its core's place
  const at = new Map(CORES.map((c) => [c.adcode, c.at]));
  const byCode = new Map(located.map((r) => [r.adcode, r]));
  const point = (adcode: string): [number, number] | null => {
    const r = (at.get(adcode) ?? [adcode]).map((code) => byCode.get(code)).find((x) => x !== undefined);
    return r ? project(r) : null;
  };
  const elements = goals.flatMap((g): SpatialElement[] => {
    const names = { key: g.key, kind: g.kind, nameZh: g.nameZh, nameEn: g.nameEn };
    if (g.kind === "core") {
      const star = base.cores.find((c) => g.adcodes.includes(c.adcode));
      return star ? [{ ...names, shape: { type: "star", path: star.path }, label: { x: star.x + 12, y: star.y - 10 } }] : [];
    }
    const pts = (g.kind === "zone" ? g.adcodes : (LINE_ORDER[g.key] ?? g.adcodes)).map(point).filter((p): p is [number, number] => p !== null);
    if (g.kind === "zone") {
      if (pts.length === 0) return [];
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const e = { cx: round((x0 + x1) / 2), cy: round((y0 + y1) / 2), rx: round((x1 - x0) / 2 + ZONE_PADDING), ry: round((y1 - y0) / 2 + ZONE_PADDING) };
      return [{ ...names, shape: { type: "ellipse", ...e }, label: { x: e.cx, y: round(e.cy + e.ry + 12) } }];
    }
    if (pts.length < 2) return [];
    const mid = pts[Math.floor((pts.length - 1) / 2)]!;
    return [{ ...names, shape: { type: "line", points: pts.map((p) => p.join(",")).join(" ") }, label: { x: mid[0] + 6, y: mid[1] - 8 } }];
  });
  elements.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  return { width: frame.width, height: frame.height, elements, others: base.others };
}

const round = (n: number) => Math.round(n * 10) / 10;
