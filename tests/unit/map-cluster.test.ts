// The schematic map: projection fitted to the points, circle sizes, stars, axes.
import { describe, expect, it } from "vitest";
import { AXES, buildClusterMap, recolourClusterMap, type MapRegionInput } from "@/lib/map/cluster-map";
import { mapCities } from "@/lib/progress/map-cities";
import { fitPoints, radiusFor, starPath } from "@/lib/map/projection";

const frame = { width: 400, height: 300, padding: 20 };

describe("fitPoints", () => {
  it("keeps every point inside the frame minus padding, west left, north up", () => {
    const pts = [
      { lon: 103.0, lat: 29.98 }, // 雅安, west
      { lon: 108.77, lat: 29.53 }, // 黔江, east
      { lon: 104.68, lat: 31.47 }, // 绵阳, north
      { lon: 104.63, lat: 28.77 }, // 宜宾, south
    ];
    const project = fitPoints(pts, frame);
    const xy = pts.map(project);
    for (const [x, y] of xy) {
      expect(x).toBeGreaterThanOrEqual(19.9);
      expect(x).toBeLessThanOrEqual(380.1);
      expect(y).toBeGreaterThanOrEqual(19.9);
      expect(y).toBeLessThanOrEqual(280.1);
    }
    expect(xy[0]![0]).toBeLessThan(xy[1]![0]); // 雅安 west of 黔江
    expect(xy[2]![1]).toBeLessThan(xy[3]![1]); // 绵阳 above 宜宾
    // the extent fills the frame in at least one direction
    const xs = xy.map((p) => p[0]);
    const ys = xy.map((p) => p[1]);
    expect(Math.max(Math.max(...xs) - Math.min(...xs) - 360, Math.max(...ys) - Math.min(...ys) - 260)).toBeCloseTo(0, 0);
  });

  it("centres a single point", () => {
    expect(fitPoints([{ lon: 104, lat: 30 }], frame)({ lon: 104, lat: 30 })).toEqual([200, 150]);
  });
});

describe("radiusFor: area proportional to population", () => {
  const r = { min: 6, max: 18, fallback: 8 };
  it.each([
    [200, 200, 18],
    [50, 200, 12], // sqrt(1/4) = 0.5 → 6 + 12 · 0.5
    [0, 200, 8],
    [null, 200, 8],
    [-5, 200, 8],
    [100, 0, 8],
    [400, 200, 18], // capped at max
  ])("population %s of max %s → %s px", (pop, max, want) => {
    expect(radiusFor(pop, max, r)).toBe(want);
  });
});

describe("starPath", () => {
  it("draws ten corners starting at the top point", () => {
    const d = starPath(100, 100, 10);
    expect(d.startsWith("M100,90L")).toBe(true);
    expect(d.match(/[ML]/g)).toHaveLength(10);
    expect(d.endsWith("Z")).toBe(true);
  });
});

describe("buildClusterMap", () => {
  const region = (adcode: string, level: string, lat: number | null, lon: number | null): MapRegionInput => ({
    adcode,
    nameZh: adcode,
    nameEn: adcode,
    level,
    lat,
    lon,
  });
  const regions = [
    region("CHENGYU", "cluster", 30, 105),
    region("500000", "province", 29.56, 106.55),
    region("510100", "prefecture", 30.66, 104.07),
    region("500103", "district", 29.56, 106.57),
    region("510500", "prefecture", 28.87, 105.44),
    region("511500", "prefecture", 28.77, 104.63),
    region("500101", "district", 30.81, 108.41),
    region("500230", "county", 29.86, 107.73),
    region("510700", "prefecture", 31.47, 104.68),
    region("NOWHERE", "prefecture", null, null),
  ];

  it("draws cities as circles, others as dots, cores as stars, axes through the places that exist", () => {
    const m = buildClusterMap(
      regions,
      [
        { adcode: "510500", status: "on_track", population: 161.97 },
        { adcode: "510700", status: "exceeded", population: null },
        { adcode: "NOWHERE", status: "no_data", population: 1 },
      ],
      frame,
    );
    expect(m.cities.map((c) => [c.adcode, c.fill, c.r, c.labelled])).toEqual([
      ["510500", "#009e73", 18, true],
      ["510700", "#cc79a7", 8, true],
    ]);
    // 500103 carries the Chongqing star; cluster/province rows are not places
    expect(m.others.map((o) => [o.adcode, o.labelled])).toEqual([
      ["511500", true],
      ["500101", false],
      ["500230", false],
    ]);
    expect(m.cores.map((c) => c.adcode)).toEqual(["510100", "500000"]);
    const chongqing = m.cores[1]!;
    const yuzhong = fitPoints(
      regions.filter((r) => ["prefecture", "district", "county"].includes(r.level) && r.lat !== null) as { lat: number; lon: number }[],
      frame,
    )({ lat: 29.56, lon: 106.57 });
    expect([chongqing.x, chongqing.y]).toEqual(yuzhong);
    const yangtze = m.axes.find((a) => a.key === "yangtze")!;
    // 宜宾, 泸州, 渝中, 丰都, 万州 exist here; the others of AXES are skipped
    expect(yangtze.points.split(" ")).toHaveLength(5);
    expect(AXES.find((a) => a.key === "yangtze")!.adcodes[0]).toBe("511500");
  });

  it("drops the names of cities and other regions when there are too many cities", () => {
    const many = Array.from({ length: 41 }, () => ({ adcode: "510500", status: null, population: null }));
    const m = buildClusterMap(regions, many, frame);
    expect(m.cities.every((c) => !c.labelled && c.fill === "#ffffff")).toBe(true);
    expect(m.others.every((o) => !o.labelled)).toBe(true);
    expect(m.cores).toHaveLength(2);
  });
});

describe("mapCities", () => {
  const e = (adcode: string, indicator: string, status: "exceeded" | "achieved" | "no_data" | "not_achieved", latest: [number, number] | null) => ({
    indicator,
    region: { adcode, nameZh: adcode, nameEn: adcode },
    status,
    latest: latest ? { year: latest[0], value: latest[1] } : null,
  });
  const entries = [
    e("510700", "urban_population", "not_achieved", [2020, 141.97]),
    e("510700", "urban_construction_land", "exceeded", [2020, 167.58]),
    e("500101", "urban_population", "no_data", null),
    e("500101", "urban_construction_land", "achieved", [2019, 120]),
  ];

  it("colours by the worst status and sizes by the latest urban population", () => {
    const { cities, populations } = mapCities(entries);
    expect(cities).toEqual([
      { adcode: "510700", status: "not_achieved", population: 141.97 },
      { adcode: "500101", status: "achieved", population: null },
    ]);
    expect([...populations]).toEqual([["510700", 141.97]]);
  });

  it("colours by one indicator when chosen", () => {
    expect(mapCities(entries, "urban_construction_land").cities.map((c) => c.status)).toEqual(["exceeded", "achieved"]);
    expect(mapCities(entries, "gdp").cities.map((c) => c.status)).toEqual([null, null]);
  });
});

describe("recolourClusterMap", () => {
  const regions: MapRegionInput[] = [
    { adcode: "510100", nameZh: "成都市", nameEn: "Chengdu", level: "prefecture", lat: 30.66, lon: 104.07 },
    { adcode: "500103", nameZh: "渝中区", nameEn: "Yuzhong", level: "district", lat: 29.55, lon: 106.57 },
    { adcode: "510700", nameZh: "绵阳市", nameEn: "Mianyang", level: "prefecture", lat: 31.47, lon: 104.68 },
    { adcode: "511500", nameZh: "宜宾市", nameEn: "Yibin", level: "prefecture", lat: 28.77, lon: 104.63 },
  ];
  const before = [
    { adcode: "510700", status: "on_track" as const, population: 120 },
    { adcode: "511500", status: "off_track" as const, population: 80 },
  ];
  const prev = buildClusterMap(regions, before, frame);

  it("recolours the cities whose status changed, and equals a map built afresh", () => {
    const after = [before[0]!, { ...before[1]!, status: "achieved" as const }];
    const next = recolourClusterMap(prev, before, after)!;
    expect(next).toEqual(buildClusterMap(regions, after, frame));
    expect(next.cities.find((c) => c.adcode === "511500")).toMatchObject({ status: "achieved", fill: "#007a5a" });
    expect(next.cities.find((c) => c.adcode === "510700")).toBe(prev.cities.find((c) => c.adcode === "510700")); // untouched: the same object
    expect(next.others).toBe(prev.others);
  });

  it.each([
    ["a population changed (every circle's size may)", [before[0]!, { ...before[1]!, population: 200 }]],
    ["a city more", [...before, { adcode: "510100", status: null, population: null }]],
    ["another city in a place", [before[0]!, { adcode: "510100", status: "off_track" as const, population: 80 }]],
  ])("gives up when %s", (_, after) => {
    expect(recolourClusterMap(prev, before, after)).toBeNull();
  });

  it("returns the map itself when nothing changed", () => {
    expect(recolourClusterMap(prev, before, [...before])).toBe(prev);
  });
});
