import { describe, expect, it } from "vitest";
import {
  approximateNumber,
  footnoteSource,
  isFootnote,
  isNoFigure,
  isTotalLabel,
  parseYearText,
  splitLabelUnit,
  titleUnit,
  titleYear,
  unitLine,
} from "@/lib/import/yearbook/cell-text";
import { parseMergeRef } from "@/lib/import/yearbook/merges";
import { columnLetters, parseColumnsParam } from "@/lib/import/yearbook/mapping-options";

describe("parseYearText", () => {
  it.each([
    ["2014", 2014],
    ["2014年", 2014],
    ["2014 年", 2014],
    ["２０１４年", 2014],
    ["2014年末", 2014],
    ["2014.0", 2014],
    ["14年", null],
    ["2014—2016", null],
    ["人口", null],
    ["1800", null],
  ])("%s → %s", (text, year) => expect(parseYearText(text)).toBe(year));
});

describe("titles, labels and unit lines", () => {
  it.each([
    ["表2  区域中心城市城区人口（2018年）", 2018],
    ["表3-2 各市中心城区人口（2014—2023年）", null],
    ["2020年各市主要指标", 2020],
    ["各市常住人口", null],
  ])("titleYear(%s) = %s", (title, year) => expect(titleYear(title)).toBe(year));

  it.each([
    ["人口（万人）", { name: "人口", unit: "万人" }],
    ["建成区面积(km2)", { name: "建成区面积", unit: "km2" }],
    ["地区生产总值（亿元）", { name: "地区生产总值", unit: "亿元" }],
    ["城区人口（2018年）", { name: "城区人口（2018年）", unit: null }],
    ["常住人口", { name: "常住人口", unit: null }],
  ])("splitLabelUnit(%s)", (label, out) => expect(splitLabelUnit(label)).toEqual(out));

  it.each([
    ["单位：万人", "万人"],
    ["计量单位: 亿元", "亿元"],
    ["Unit: km2", "km2"],
    ["填报单位：统计局", null],
  ])("unitLine(%s) = %s", (line, unit) => expect(unitLine(line)).toBe(unit));

  it.each([
    ["各市常住人口（万人）", "万人"],
    ["表1 主要指标（2019—2022年）", null],
  ])("titleUnit(%s) = %s", (t, u) => expect(titleUnit(t)).toBe(u));
});

describe("rows that are not data", () => {
  it.each([
    ["合计", true],
    ["总 计", true],
    ["全市", true],
    ["小计", true],
    ["合计：", true],
    ["合川区", false],
    ["泸州市", false],
  ])("isTotalLabel(%s) = %s", (t, v) => expect(isTotalLabel(t)).toBe(v));
  it.each([
    ["注：空白表示未获得数据", true],
    ["注1：口径", true],
    ["资料来源：年鉴", true],
    ["数据来源: 公报", true],
    ["泸州市", false],
  ])("isFootnote(%s) = %s", (t, v) => expect(isFootnote(t)).toBe(v));
  it("reads the source of a 资料来源 line", () => {
    expect(footnoteSource("资料来源：中国城市建设统计年鉴2018")).toBe("中国城市建设统计年鉴2018");
    expect(footnoteSource("注：空白表示未获得数据")).toBeNull();
  });
  it.each([
    ["…", true],
    ["-", true],
    ["—", true],
    ["0", false],
    ["1.2", false],
  ])("isNoFigure(%s) = %s", (t, v) => expect(isNoFigure(t)).toBe(v));
  it.each([
    ["近63000", { text: "63000", estimated: true }],
    ["约 9600", { text: "9600", estimated: true }],
    ["9600", { text: "9600", estimated: false }],
  ])("approximateNumber(%s)", (t, out) => expect(approximateNumber(t)).toEqual(out));
});

describe("cells and columns", () => {
  it("parses merge references", () => {
    expect(parseMergeRef("A1:E1")).toEqual({ r1: 1, r2: 1, c1: 0, c2: 4 });
    expect(parseMergeRef("B2:B10")).toEqual({ r1: 2, r2: 10, c1: 1, c2: 1 });
    expect(parseMergeRef("nonsense")).toBeNull();
  });
  it("names columns with letters", () => {
    expect([0, 25, 26, 27].map(columnLetters)).toEqual(["A", "Z", "AA", "AB"]);
  });
  it("parses the columns parameter", () => {
    expect(parseColumnsParam("A:region, b:ignore,C:value")).toEqual({ A: "region", B: "ignore", C: "value" });
    expect(parseColumnsParam("A:nonsense")).toBeNull();
  });
});
