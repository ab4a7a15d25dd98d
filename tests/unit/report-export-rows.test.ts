import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { mapHeader } from "@/lib/import/columns";
import { buildExportRows, chinaTime, EXPORT_COLUMNS, toCsv, type ExportFigure } from "@/lib/reports/export-rows";
import { buildStatusRows, percentText, roundShare, type ExportStatus } from "@/lib/reports/status-rows";

const LUZHOU = { adcode: "510500", nameZh: "泸州市", nameEn: "Luzhou" };
const URBAN_POP = { code: "urban_population", nameZh: "中心城区城市人口", nameEn: "Urban population of the central urban area" };
const FLAGS = { definition_differs: "口径不一致", low_confidence: "可信度低" };

const figure = (over: Partial<ExportFigure> = {}): ExportFigure => ({
  region: LUZHOU,
  indicator: URBAN_POP,
  year: 2018,
  value: "161.97000000",
  unit: "万人",
  source: "中国城市建设统计年鉴2018",
  note: "城区人口+城区暂住人口",
  flags: ["definition_differs"],
  publishedAt: "2019-06-30T16:00:00.000Z",
  valueAsEntered: "1619700",
  unitAsEntered: "人",
  ...over,
});
const AS_OF = "2025-03-01T02:00:00.000Z";

describe("export rows", () => {
  it("builds one row per figure: codes with names beside them, value and unit as published, flags with labels, published and as-of in China time", () => {
    expect(buildExportRows([figure()], AS_OF, "zh", FLAGS)).toEqual([
      {
        region: "510500",
        region_name: "泸州市",
        indicator: "urban_population",
        indicator_name: "中心城区城市人口",
        year: "2018",
        value: "161.97",
        unit: "万人",
        value_as_published: "1619700",
        unit_as_published: "人",
        source: "中国城市建设统计年鉴2018",
        note: "城区人口+城区暂住人口",
        flags: "definition_differs",
        flag_labels: "口径不一致",
        published: "2019-07-01 00:00:00 +08:00",
        status: "",
        completion: "",
        as_of: "2025-03-01 10:00:00 +08:00",
      },
    ]);
  });

  it("puts a target's status and completion once, on the figure it rests on", () => {
    const on2018 = { indicator: "urban_population", regionAdcode: "510500", targetYear: 2020, basisYear: 2018, statusLabel: "滞后", completion: 0.7125 };
    const rows = buildExportRows([figure({ year: 2017 }), figure(), figure({ year: 2021 })], AS_OF, "zh", FLAGS, [on2018]);
    expect(rows.map((r) => [r.year, r.status, r.completion])).toEqual([
      ["2017", "", ""],
      ["2018", "滞后", "71.3%"],
      ["2021", "", ""],
    ]);
    const two = buildExportRows([figure()], AS_OF, "en", FLAGS, [
      { ...on2018, targetYear: 2030, statusLabel: "On track", completion: 0.4 },
      { ...on2018, statusLabel: "Behind" },
    ]);
    expect(two[0]).toMatchObject({ status: "2020: Behind; 2030: On track", completion: "2020: 71.3%; 2030: 40.0%" });
    expect(buildExportRows([figure()], AS_OF, "en", { definition_differs: "Definition differs" })[0]).toMatchObject({
      region_name: "Luzhou",
      indicator_name: URBAN_POP.nameEn,
      flag_labels: "Definition differs",
    });
  });

  it("leaves the as-published cells empty when the figure was entered in the indicator's unit", () => {
    const [row] = buildExportRows([figure({ valueAsEntered: null, unitAsEntered: null })], AS_OF, "en", FLAGS);
    expect(row).toMatchObject({ value: "161.97", unit: "万人", value_as_published: "", unit_as_published: "" });
  });

  it("joins several flags with ; and leaves an empty note empty", () => {
    const [row] = buildExportRows([figure({ flags: ["definition_differs", "low_confidence"], note: null })], AS_OF, "zh", FLAGS);
    expect(row).toMatchObject({ flags: "definition_differs;low_confidence", flag_labels: "口径不一致；可信度低", note: "" });
  });

  it.each([
    ["2025-03-01T02:00:00.000Z", "2025-03-01 10:00:00 +08:00"],
    ["2025-12-31T16:30:05.999Z", "2026-01-01 00:30:05 +08:00"],
  ])("China time of %s is %s", (iso, text) => {
    expect(chinaTime(iso)).toBe(text);
  });

  it.each([
    [
      "zh",
      "\uFEFF地区,地区名称,指标,指标名称,年份,数值,单位,原文数值,原文单位,来源,备注,标记,标记说明,发布时间（北京时间）,目标状态（依据此数）,完成度,数据截至（北京时间）\r\n",
      ["地区名称", "指标名称", "原文数值", "原文单位", "标记说明", "发布时间（北京时间）", "目标状态（依据此数）", "完成度", "数据截至（北京时间）"],
    ],
    [
      "en",
      "\uFEFFregion,region name,indicator,indicator name,year,value,unit,value as published,unit as published,source,note,flags,flag labels,published (China time),target status (rests on this figure),completion,as of (China time)\r\n",
      [
        "region name",
        "indicator name",
        "value as published",
        "unit as published",
        "flag labels",
        "published (China time)",
        "target status (rests on this figure)",
        "completion",
        "as of (China time)",
      ],
    ],
  ] as const)("writes %s headers the importer maps, ignoring only the added columns", (locale, head, ignored) => {
    const csv = toCsv(buildExportRows([figure()], AS_OF, locale, FLAGS), locale);
    expect(csv.startsWith(head)).toBe(true);
    const header = mapHeader(
      csv
        .split("\r\n")[0]!
        .replace(/^\uFEFF/, "")
        .split(","),
    );
    expect(header.ok && header.ignored).toEqual(ignored);
  });

  it("quotes separators, quotes and line breaks so the text comes back unchanged", () => {
    const tricky = figure({
      source: 'Yearbook, table "3-1"',
      note: "line one\nline two",
      region: { adcode: "CHENGYU", nameZh: "成渝城市群", nameEn: "Chengdu–Chongqing City Cluster" },
    });
    const csv = toCsv(buildExportRows([tricky, figure({ year: 2019, source: " padded " })], AS_OF, "en", FLAGS), "en");
    const back = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(back[0]!)).toHaveLength(EXPORT_COLUMNS.length);
    expect(back[0]).toMatchObject({ region: "CHENGYU", source: 'Yearbook, table "3-1"', note: "line one\nline two" });
    expect(back[1]!.source).toBe(" padded ");
  });
});

describe("status rows", () => {
  const status = (over: Partial<ExportStatus> = {}): ExportStatus => ({
    region: LUZHOU,
    indicator: URBAN_POP,
    targetYear: 2020,
    targetValue: 200,
    targetType: "min",
    unit: "万人",
    basis: { year: 2018, value: 161.97 },
    completion: 0.7122497,
    timeShare: 2 / 3,
    lagPp: -4.54321,
    status: "not_achieved",
    ...over,
  });

  it("one row per target: labels in the reader's language, shares rounded to 0.1 %", () => {
    expect(buildStatusRows([status()], "zh", { min: "不低于" })[0]).toEqual({
      region: "510500",
      region_name: "泸州市",
      indicator: "urban_population",
      indicator_name: "中心城区城市人口",
      target_year: 2020,
      target_type: "不低于",
      // a level target is its value; only rate targets fill implied_level
      target: "≥200 万人",
      target_value: 200,
      implied_level: null,
      unit: "万人",
      basis_year: 2018,
      basis_value: 161.97,
      completion: 0.712,
      time_share: 0.667,
      lag_pp: -4.5,
      status: "未完成",
      status_code: "not_achieved",
    });
    expect(buildStatusRows([status({ basis: null, completion: null, status: "no_data" })], "en", {})[0]).toMatchObject({
      status: "No data",
      basis_year: null,
      completion: null,
      target_type: "min",
    });
  });

  it.each([
    [0.7122497, 0.712, "71.2%"],
    [1, 1, "100.0%"],
    [1.23456, 1.235, "123.5%"],
    [null, null, ""],
  ])("share %s → %s → %s", (x, rounded, text) => {
    expect(roundShare(x)).toBe(rounded);
    expect(percentText(x)).toBe(text);
  });
});
