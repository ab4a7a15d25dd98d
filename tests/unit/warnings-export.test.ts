import { describe, expect, it } from "vitest";
import { filterWarnings, warningsCsv } from "@/lib/warnings/export-rows";
import type { Warning } from "@/lib/warnings/rules";

const w = (kind: Warning["kind"], adcode: string, sentence = "完成度 8.0%"): Warning => ({
  kind,
  targetId: 1,
  indicator: "x",
  indicatorNameZh: "城区人口",
  indicatorNameEn: "Urban population",
  region: { adcode, nameZh: "成都市", nameEn: "Chengdu" },
  targetYear: 2030,
  targetValue: 200,
  targetType: "min",
  status: "off_track",
  leadUnit: null,
  completion: 0.08,
  sentence: { zh: sentence, en: "Completion 8.0%, 42.0 pp behind" },
  trend: [
    { year: 2024, value: 105 },
    { year: 2025, value: 108 },
  ],
});

describe("filterWarnings", () => {
  it.each([
    [{}, 3],
    [{ kind: "off_track" as const }, 2],
    [{ region: "510100" }, 2],
    [{ kind: "off_track" as const, region: "510100" }, 1],
  ])("%j → %d", (f, n) => {
    expect(filterWarnings([w("off_track", "510100"), w("off_track", "510700"), w("no_data", "510100")], f)).toHaveLength(n);
  });
});

describe("warningsCsv", () => {
  it("has a BOM, localized headers, quoted commas and inert formula-like text", () => {
    const csv = warningsCsv([w("off_track", "510100"), w("no_data", "510100", "=1+1")], "en");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("\uFEFFKind,Indicator,Region,Target year,Target value,Status,Lead unit,Why,Recent values");
    expect(lines[1]).toBe('Off track,Urban population,Chengdu,2030,200,off_track,,"Completion 8.0%, 42.0 pp behind",2024: 105; 2025: 108');
    expect(warningsCsv([w("no_data", "1", "=1+1")], "zh").split("\r\n")[1]).toContain(",'=1+1,");
  });
});
