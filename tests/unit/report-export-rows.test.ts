import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { mapHeader } from "@/lib/import/columns";
import { buildExportRows, completionText, EXPORT_COLUMNS, statusText, toCsv, type ExportFigure } from "@/lib/reports/export-rows";

const figure = (over: Partial<ExportFigure> = {}): ExportFigure => ({
  regionAdcode: "510500",
  indicator: "urban_population",
  year: 2018,
  value: "161.97000000",
  unit: "万人",
  source: "中国城市建设统计年鉴2018",
  note: "城区人口+城区暂住人口",
  flags: ["definition_differs"],
  ...over,
});
const AS_OF = "2025-03-01T02:00:00.000Z";

describe("export rows", () => {
  it("builds one row per figure with the import's columns plus status and as_of", () => {
    const rows = buildExportRows([figure()], [{ indicator: "urban_population", regionAdcode: "510500", targetYear: 2020, status: "on_track", completion: 0.5698 }], AS_OF);
    expect(rows).toEqual([
      { region: "510500", indicator: "urban_population", year: "2018", value: "161.97", unit: "万人", source: "中国城市建设统计年鉴2018", note: "城区人口+城区暂住人口", flags: "definition_differs", status: "on_track", as_of: AS_OF, completion: "57.0%" },
    ]);
  });

  it("joins several flags with ; and leaves status empty without a target", () => {
    const [row] = buildExportRows([figure({ flags: ["definition_differs", "low_confidence"], note: null })], [], AS_OF);
    expect(row).toMatchObject({ flags: "definition_differs;low_confidence", note: "", status: "" });
  });

  it.each([
    [[], ""],
    [[{ targetYear: 2020, status: "achieved" }], "achieved"],
    [[{ targetYear: 2030, status: "on_track" }, { targetYear: 2020, status: "achieved" }], "2020:achieved;2030:on_track"],
  ])("status text of %j is %j", (list, text) => {
    expect(statusText(list.map((s) => ({ indicator: "x", regionAdcode: "y", ...s })))).toBe(text);
  });

  it.each([
    [[], ""],
    [[{ targetYear: 2020, status: "achieved", completion: 1.0049 }], "100.5%"],
    [[{ targetYear: 2020, status: "no_baseline", completion: null }], "—"],
    [[{ targetYear: 2030, status: "on_track", completion: 0.2 }, { targetYear: 2020, status: "achieved", completion: 0.7125 }], "2020:71.3%;2030:20.0%"],
  ])("completion text of %j is %j (the views' own formatter)", (list, text) => {
    expect(completionText(list.map((s) => ({ indicator: "x", regionAdcode: "y", ...s })))).toBe(text);
  });

  it("writes a CSV the importer's header mapping accepts, ignoring only status, as_of and completion", () => {
    const csv = toCsv(buildExportRows([figure()], [], AS_OF));
    expect(csv.startsWith("\uFEFFregion,indicator,year,value,unit,source,note,flags,status,as_of,completion\r\n")).toBe(true);
    const header = mapHeader(csv.split("\r\n")[0]!.split(","));
    expect(header.ok && header.ignored).toEqual(["status", "as_of", "completion"]);
  });

  it("quotes separators, quotes and line breaks so the text comes back unchanged", () => {
    const tricky = figure({ source: 'Yearbook, table "3-1"', note: "line one\nline two", regionAdcode: "CHENGYU" });
    const csv = toCsv(buildExportRows([tricky, figure({ year: 2019, source: " padded " })], [], AS_OF));
    const back = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(back[0]!)).toEqual([...EXPORT_COLUMNS]);
    expect(back[0]).toMatchObject({ region: "CHENGYU", source: 'Yearbook, table "3-1"', note: "line one\nline two" });
    expect(back[1]!.source).toBe(" padded ");
  });
});

describe("CSV injection guard", () => {
  it("prefixes formula-like text cells with an apostrophe, but never a negative number", () => {
    const hostile = figure({ value: "-3.50", source: '=HYPERLINK("http://evil.example","点我")', note: "-统计局", unit: "@x", flags: [] });
    const [row] = parse(toCsv(buildExportRows([hostile], [], AS_OF)), { columns: true, bom: true }) as Record<string, string>[];
    expect(row).toMatchObject({ value: "-3.5", source: `'=HYPERLINK("http://evil.example","点我")`, note: "'-统计局", unit: "'@x", year: "2018" });
    const second = parse(toCsv(buildExportRows([figure({ year: 2019, source: "+86", note: "\tx" })], [], AS_OF)), { columns: true, bom: true }) as Record<string, string>[];
    expect(second[0]).toMatchObject({ source: "'+86", note: "'\tx" });
  });
});
