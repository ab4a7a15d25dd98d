import { describe, expect, it } from "vitest";
import type { MapRegionInput } from "@/lib/map/cluster-map";
import { buildSpatialMap, type SpatialGoalInput } from "@/lib/map/spatial-map";

const region = (adcode: string, level: string, lat: number, lon: number): MapRegionInput => ({ adcode, nameZh: adcode, nameEn: adcode, level, lat, lon });
const regions = [
  region("500000", "province", 29.56, 106.55),
  region("500103", "district", 29.56, 106.57),
  region("510100", "prefecture", 30.66, 104.07),
  region("510700", "prefecture", 31.47, 104.68),
  region("510600", "prefecture", 31.13, 104.4),
  region("511400", "prefecture", 30.08, 103.85),
  region("511100", "prefecture", 29.55, 103.77),
  region("510300", "prefecture", 29.34, 104.78),
  region("510500", "prefecture", 28.87, 105.44),
];
const goals: SpatialGoalInput[] = [
  { key: "spatial.core-chongqing", kind: "core", nameZh: "重庆", nameEn: "Chongqing", adcodes: ["500000"] },
  // the plan lists 成都 first; the line runs north to south
  {
    key: "spatial.belt-chengde-mianle",
    kind: "belt",
    nameZh: "成德绵乐城市带",
    nameEn: "Chengdu–Deyang–Mianyang–Leshan Urban Belt",
    adcodes: ["510100", "510700", "510600", "511100", "511400"],
  },
  { key: "spatial.zone-south-sichuan", kind: "zone", nameZh: "川南城镇密集区", nameEn: "South Sichuan", adcodes: ["510300", "510500", "NOWHERE"] },
  { key: "spatial.zone-empty", kind: "zone", nameZh: "无", nameEn: "none", adcodes: ["NOWHERE"] },
];

describe("buildSpatialMap", () => {
  const m = buildSpatialMap(regions, goals, { width: 400, height: 300, padding: 20 });

  it("draws zones under lines under cores, and leaves out an element with no located member", () => {
    expect(m.elements.map((e) => [e.key, e.shape.type])).toEqual([
      ["spatial.zone-south-sichuan", "ellipse"],
      ["spatial.belt-chengde-mianle", "line"],
      ["spatial.core-chongqing", "star"],
    ]);
  });

  it("runs 成德绵乐 through 绵阳, 德阳, 成都, 眉山, 乐山 in that order", () => {
    const line = m.elements[1]!.shape;
    if (line.type !== "line") throw new Error("not a line");
    const ys = line.points.split(" ").map((p) => Number(p.split(",")[1]));
    expect(ys).toHaveLength(5);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys); // north (small y) to south
  });

  it("puts a zone's ellipse around its members with 16 px to spare", () => {
    const zone = m.elements[0]!.shape;
    if (zone.type !== "ellipse") throw new Error("not an ellipse");
    const star = m.elements[2]!;
    expect(zone.rx).toBeGreaterThan(16);
    expect(zone.ry).toBeGreaterThan(16);
    expect(star.shape.type).toBe("star");
    // the core stands at 渝中 (500103), where the cluster map draws it, not at the province row
    expect(m.others.map((o) => o.adcode)).not.toContain("500103");
  });
});
