import { describe, expect, it } from "vitest";
import { formatValue } from "@/lib/format";

// Expected figures written by hand: 1 万 = 10^4, 1 亿 = 10^8, 1 万亿 = 10^12.
describe("formatValue reads 万/亿 units as English does", () => {
  it.each([
    [9094, "万人", "90.94 million people"],
    [161.97, "万人", "1.6197 million people"],
    [200, "万人", "2 million people"],
    [45, "万人", "450,000 people"],
    [37600, "亿元", "3.76 trillion yuan"],
    [50900, "亿元", "5.09 trillion yuan"],
    [1.2, "亿元", "120 million yuan"],
    [3.76, "万亿元", "3.76 trillion yuan"],
    [6.5, "万元", "65,000 yuan"],
    [185000, "km²", "185,000 km²"],
    [18.5, "万km²", "185,000 km²"],
    [200, "km²", "200 km²"],
    [6.65, "%", "6.65%"],
    [113, "个/万km²", "113 per 10,000 km²"],
    [12, "个/万km2", "12 per 10,000 km²"],
    [-20, "万人", "-200,000 people"],
    [0, "万人", "0 people"],
    [7, "个", "7 个"], // an unregistered unit is shown as written
  ] as const)("%s %s → %s", (value, unit, expected) => {
    expect(formatValue(value, unit, "en")).toBe(expected);
  });

  it.each([
    [9094, "万人", "9,094 万人"],
    [37600, "亿元", "37,600 亿元"],
    [6.65, "%", "6.65%"],
    [113, "个/万km²", "113 个/万km²"],
  ] as const)("zh keeps the plan's own units: %s %s → %s", (value, unit, expected) => {
    expect(formatValue(value, unit, "zh")).toBe(expected);
  });

  it("an empty value is a dash in both languages", () => {
    expect(formatValue(null, "万人", "en")).toBe("—");
    expect(formatValue(Number.NaN, "亿元", "zh")).toBe("—");
  });
});
