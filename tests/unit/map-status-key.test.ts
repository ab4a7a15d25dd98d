import { describe, expect, it } from "vitest";
import { buildClusterMap } from "@/lib/map/cluster-map";
import { mapFill, mapGlyph, mapStatusKey } from "@/lib/map/status-key";
import { STATUS_ORDER } from "@/lib/progress/rollup";
import type { ProgressStatus } from "@/lib/progress/types";

// The graded palette, typed out from lib/progress/status.ts's comment (Okabe–Ito + greys):
// the map must use these, not the old traffic-light red/yellow/green.
const PALETTE: [ProgressStatus | null, string, string][] = [
  ["achieved", "#007a5a", "✓"],
  ["within_cap", "#0072b2", "≤"],
  ["nearly_achieved", "#56b4e9", "≈"],
  ["on_track", "#009e73", "→"],
  ["at_risk", "#e69f00", "!"],
  ["off_track", "#d55e00", "↓"],
  ["not_achieved", "#8c1d18", "✗"],
  ["exceeded", "#cc79a7", "▲"],
  ["no_baseline", "#9a9a9a", "○"],
  ["no_data", "#d9d9d9", "–"],
  [null, "#ffffff", ""],
];

describe("map colours", () => {
  it.each(PALETTE)("%s → %s %s", (status, fill, glyph) => {
    expect(mapFill(status)).toBe(fill);
    expect(mapGlyph(status)).toBe(glyph);
  });

  it("every status has its own colour on the map (nearly achieved ≠ not achieved ≠ exceeded ≠ off track)", () => {
    expect(new Set(STATUS_ORDER.map(mapFill)).size).toBe(STATUS_ORDER.length);
  });

  it("a city circle is filled with its status's colour", () => {
    const regions = [
      { adcode: "510500", nameZh: "泸州市", nameEn: "Luzhou", level: "prefecture", lat: 28.87, lon: 105.44 },
      { adcode: "510700", nameZh: "绵阳市", nameEn: "Mianyang", level: "prefecture", lat: 31.47, lon: 104.68 },
      { adcode: "511300", nameZh: "南充市", nameEn: "Nanchong", level: "prefecture", lat: 30.84, lon: 106.11 },
    ];
    const m = buildClusterMap(
      regions,
      [
        { adcode: "510500", status: "nearly_achieved", population: null },
        { adcode: "510700", status: "not_achieved", population: null },
        { adcode: "511300", status: null, population: null },
      ],
      { width: 400, height: 300, padding: 10 },
    );
    expect(Object.fromEntries(m.cities.map((c) => [c.adcode, c.fill]))).toEqual({ "510500": "#56b4e9", "510700": "#8c1d18", "511300": "#ffffff" });
  });
});

describe("mapStatusKey", () => {
  it("lists every status once, in the legend's order, then 'no target', each with the map's colour", () => {
    expect(mapStatusKey().map((k) => [k.status, k.fill, k.glyph])).toEqual([
      ...STATUS_ORDER.map((s) => PALETTE.find((p) => p[0] === s)!),
      [null, "#ffffff", ""],
    ]);
  });
});
