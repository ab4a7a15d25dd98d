import { describe, expect, it } from "vitest";
import { mapHeader } from "@/lib/import/columns";

describe("mapHeader: accepted headers", () => {
  it.each([
    [
      ["region", "indicator", "year", "value", "unit", "source", "note", "flags"],
      ["region", "indicator", "year", "value", "unit", "source", "note", "flags"],
    ],
    [
      ["地区", "指标", "年份", "数值", "单位", "来源", "备注", "标记"],
      ["region", "indicator", "year", "value", "unit", "source", "note", "flags"],
    ],
    [
      ["\uFEFFRegion", " INDICATOR ", "Year", "Value", "来源"],
      ["region", "indicator", "year", "value", "source"],
    ],
    [
      ["ｒｅｇｉｏｎ", "指标", "年 份", "value", "source"],
      ["region", "indicator", "year", "value", "source"],
    ],
    // unit is optional
    [
      ["region", "indicator", "year", "value", "source"],
      ["region", "indicator", "year", "value", "source"],
    ],
  ])("%j", (cells, expected) => {
    const result = mapHeader(cells);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.columns).toEqual(expected);
  });

  it("ignores unknown and empty columns with a warning naming them", () => {
    const result = mapHeader(["region", "indicator", "year", "value", "source", "审核人", "", "Comments"]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.columns).toEqual(["region", "indicator", "year", "value", "source", null, null, null]);
    expect(result.ignored).toEqual(["审核人", "Comments"]);
    expect(result.warnings).toEqual([{ zh: "以下列无法识别，已忽略：“审核人”、“Comments”", en: 'unrecognised columns were ignored: "审核人", "Comments"' }]);
  });
});

describe("mapHeader: errors", () => {
  it("names the missing required columns and the accepted header names", () => {
    const result = mapHeader(["地区", "数值", "单位"]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.zh).toBe(
      "缺少必填列：指标、年份、来源。必填列：地区/region、指标/indicator、年份/year、数值/value、来源/source；可选列：单位/unit、备注/note、标记/flags、发布日期/published（列名不区分大小写，中英文均可）",
    );
    expect(result.errors[0]?.en).toBe(
      "missing required column(s): indicator, year, source. required columns: region/地区, indicator/指标, year/年份, value/数值, source/来源; optional: unit/单位, note/备注, flags/标记, published/发布日期 (case-insensitive, English or Chinese)",
    );
  });

  it.each([
    [["region", "地区", "indicator", "year", "value", "source"], "“region”与“地区”重复", '"region" and "地区" both mean the "region" column'],
    [["region", "indicator", "year", "value", "Value", "source"], "“value”与“Value”重复", '"value" and "Value" both mean the "value" column'],
  ])("rejects duplicate columns %j", (cells, zh, en) => {
    const result = mapHeader(cells);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.zh).toContain(zh);
    expect(result.errors[0]?.en).toContain(en);
  });
});
