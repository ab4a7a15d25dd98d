import { describe, expect, it } from "vitest";
import { CsvImportError } from "@/lib/import/csv-reader";
import { cellText, rowCells, sheetRowsToRecords, type SheetRow } from "@/lib/import/xlsx-rows";

describe("cellText: what the analyst sees in a cell", () => {
  it.each([
    ["empty", null, ""],
    ["undefined", undefined, ""],
    ["text", "泸州市", "泸州市"],
    ["integer", 1619700, "1619700"],
    ["decimal keeps Excel's digits", 161.97, "161.97"],
    ["negative", -0.5, "-0.5"],
    ["boolean", true, "TRUE"],
    ["date (a year typed as a date)", new Date(Date.UTC(2018, 0, 1)), "2018-01-01"],
    ["formula: its cached result", { formula: "A1*10000", result: 1619700 }, "1619700"],
    ["shared formula", { sharedFormula: "B2", result: "泸州" }, "泸州"],
    ["formula without a cached result", { formula: "A1" }, ""],
    ["rich text", { richText: [{ text: "泸" }, { text: "州市" }] }, "泸州市"],
    ["hyperlink: its text", { text: "统计公报", hyperlink: "https://example.org" }, "统计公报"],
    ["error cell", { error: "#N/A" }, "#N/A"],
  ] as const)("%s", (_name, value, text) => expect(cellText(value)).toBe(text));
});

describe("rowCells", () => {
  it("turns exceljs's 1-based sparse values into cells A, B, …", () => {
    expect(rowCells({ number: 3, values: [, "泸州", , 2018] })).toEqual(["泸州", "", "2018"]);
  });
});

const rows = (...r: unknown[][]): SheetRow[] => r.map((values, i) => ({ number: i + 1, values: [undefined, ...values] }));
const collect = async (it: AsyncIterable<unknown>) => {
  const out: unknown[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe("sheetRowsToRecords: the same rows the CSV reader yields", () => {
  it("maps Chinese or English headers, keeps worksheet row numbers, skips blank rows", async () => {
    const out = await collect(
      sheetRowsToRecords([
        { number: 1, values: [] },
        { number: 2, values: [undefined, "地区", "指标", "年份", "数值", "单位", "来源"] },
        { number: 3, values: [undefined, "泸州", "urban_population", 2018, 1619700, "人", { richText: [{ text: "年鉴" }] }] },
        { number: 5, values: [undefined, "绵阳", "gdp", 2018, 2303.82, null, "公报", "extra"] },
      ]),
    );
    expect(out).toEqual([
      { rowNumber: 3, raw: { region: "泸州", indicator: "urban_population", year: "2018", value: "1619700", unit: "人", source: "年鉴" }, extraValues: [] },
      { rowNumber: 5, raw: { region: "绵阳", indicator: "gdp", year: "2018", value: "2303.82", unit: "", source: "公报" }, extraValues: ["extra"] },
    ]);
  });

  it("reports the header as it was found", async () => {
    const headers: unknown[] = [];
    await collect(sheetRowsToRecords(rows(["Region", "INDICATOR", "year", "value", "source", "comment"]), (h) => headers.push(h)));
    expect(headers).toEqual([expect.objectContaining({ rowNumber: 1, ignored: ["comment"] })]);
  });

  it("refuses a missing required column, naming it", async () => {
    const err = await collect(sheetRowsToRecords(rows(["region", "indicator", "year", "value"], ["泸州", "gdp", 2018, 1]))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvImportError);
    expect((err as CsvImportError).errors[0]!.en).toContain("missing required column(s): source");
  });

  it("refuses an empty worksheet", async () => {
    const err = await collect(sheetRowsToRecords([])).catch((e: unknown) => e);
    expect((err as CsvImportError).errors[0]!.en).toContain("no header row");
  });
});
