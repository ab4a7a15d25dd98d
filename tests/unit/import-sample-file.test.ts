// End to end over the real sample file: bytes → text → rows → validated observations.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readCsvRows } from "@/lib/import/csv-reader";
import { detectFileEncoding } from "@/lib/import/stream-decode";
import { rowShapeErrors } from "@/lib/import/row-shape";
import { validateRow } from "@/lib/import/validate-row";
import { type IndicatorRef, type ValidRow } from "@/lib/import/types";
import { type RowError } from "@/lib/import/row-error";
import { createRegionResolver } from "@/lib/regions/resolver";
import { type RegionInput } from "@/lib/regions/types";

const seed = (file: string) => path.resolve(import.meta.dirname, "../../prisma/seed-data", file);

const regions: RegionInput[] = [
  ...(parse(readFileSync(seed("regions.csv"), "utf8"), { columns: true }) as Record<string, string>[]).map((r) => ({
    adcode: r.adcode ?? "",
    nameZh: r.name_zh ?? "",
    nameEn: r.name_en ?? "",
    aliases: (r.aliases_zh ?? "").split(";").filter(Boolean),
  })),
  { adcode: "CHENGYU", nameZh: "成渝城市群", nameEn: "Chengdu-Chongqing City Cluster", aliases: [] },
];

const indicators: IndicatorRef[] = [
  { code: "urban_population", unit: "万人", nameZh: "中心城区城市人口", nameEn: "Urban population of the central city" },
  { code: "urban_construction_land", unit: "km²", nameZh: "城市建设用地", nameEn: "Urban construction land" },
  { code: "resident_population", unit: "万人", nameZh: "常住人口", nameEn: "Resident population" },
  { code: "gdp", unit: "亿元", nameZh: "地区生产总值", nameEn: "GDP" },
];

describe("observations-sample.csv", () => {
  it("validates every row, converting units cleanly", async () => {
    // the upload path: the encoding decided over the whole file, then bytes decoded while reading
    const bytes = readFileSync(seed("observations-sample.csv"));
    const encoding = await detectFileEncoding([bytes]);
    expect(encoding).toBe("utf-8");

    const ctx = {
      resolveRegion: createRegionResolver(regions),
      findIndicator: (text: string) => indicators.find((i) => i.code === text || i.nameZh === text) ?? null,
      minYear: 1949,
      maxYear: 2100,
    };
    const valid: ValidRow[] = [];
    const errors: RowError[] = [];
    for await (const row of readCsvRows([bytes], { encoding })) {
      errors.push(...rowShapeErrors(row));
      const result = validateRow(row.raw, row.rowNumber, ctx);
      if (result.ok) valid.push(result.row);
      else errors.push(...result.errors);
    }

    expect(errors).toEqual([]);
    expect(valid.length).toBeGreaterThan(5);
    const pick = (adcode: string, indicatorCode: string, year: number) =>
      valid.find((r) => r.adcode === adcode && r.indicatorCode === indicatorCode && r.year === year);
    expect(pick("510500", "urban_population", 2018)).toMatchObject({
      rowNumber: 4,
      value: 161.97,
      valueAsEntered: "1619700",
      unitAsEntered: "人",
      flags: ["definition_differs"],
    });
    expect(pick("510500", "urban_construction_land", 2014)).toMatchObject({
      value: 113.17,
      unitAsEntered: "km2",
      flags: ["definition_differs", "low_confidence"],
    });
    expect(pick("CHENGYU", "gdp", 2017)).toMatchObject({ value: 50900, valueAsEntered: "5.09", unitAsEntered: "万亿元", flags: [] });
  });
});
