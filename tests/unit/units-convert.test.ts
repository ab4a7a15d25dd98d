import { describe, expect, it } from "vitest";
import { convertValue } from "@/lib/units/convert";
import { shiftDecimal } from "@/lib/units/decimal-shift";

describe("convertValue: successful conversions are numerically clean", () => {
  it.each([
    [1619700, "人", "万人", 161.97],
    [1402000, "人", "万人", 140.2],
    [1295900, "persons", "万人", 129.59],
    [161.97, "万人", "人", 1619700],
    [9094, "万人", "万人", 9094],
    [111.59, "", "万人", 111.59], // empty unit = already in the indicator unit
    [111.59, "  ", "万人", 111.59],
    [113.17, "km2", "km²", 113.17],
    [18.5, "万平方公里", "km²", 185000],
    [185000, "km²", "万km²", 18.5],
    [11317, "公顷", "km²", 113.17],
    [1, "km²", "公顷", 100],
    [0.1, "公顷", "km²", 0.001],
    [5.09, "万亿元", "亿元", 50900],
    [3.76, "万亿元", "亿元", 37600],
    [1, "亿元", "万元", 10000],
    [1, "亿元", "元", 100000000],
    [123456789, "万元", "亿元", 12345.6789],
    [0.3, "亿元", "万亿元", 0.00003],
    [-2.5, "万人", "人", -25000],
    [0, "人", "万人", 0],
    [0.57, "万km²", "km²", 5700], // 0.57 × 10000 would not be exact in floats
    [4.35, "km²", "公顷", 435], // 4.35 × 100 = 434.99999999999994 in floats
    [0.07, "万亿元", "亿元", 700],
    [12.5, "％", "%", 12.5],
    [3.2, "个/万平方公里", "个/万km²", 3.2],
    [7, "个", "个", 7], // unregistered but identical units
  ])("%d %s → %s = %d", (value, from, to, expected) => {
    expect(convertValue(value, from, to)).toEqual({ ok: true, value: expected });
  });
});

describe("convertValue: failures list what the target accepts", () => {
  it.each([
    [1, "公斤", "万人", "unknown_unit", "无法识别的单位“公斤”；接受：万人、人", 'unrecognised unit "公斤"; accepted: 万人, 人'],
    [
      1,
      "亿元",
      "万人",
      "incompatible",
      "单位“亿元”（金额）不能换算为“万人”（人口）；接受：万人、人",
      'unit "亿元" (money) cannot be converted to "万人" (population); accepted: 万人, 人',
    ],
    [
      1,
      "万人",
      "km²",
      "incompatible",
      "单位“万人”（人口）不能换算为“km²”（面积）；接受：km²、万km²、公顷",
      'unit "万人" (population) cannot be converted to "km²" (area); accepted: km², 万km², 公顷',
    ],
    [1, "万人", "个", "incompatible", "单位“万人”不能换算为“个”；接受：个", 'unit "万人" cannot be converted to "个"; accepted: 个'],
    [Number.NaN, "人", "万人", "invalid_value", "数值“NaN”不是有限数字", 'value "NaN" is not a finite number'],
  ])("%d %s → %s fails with %s", (value, from, to, reason, zh, en) => {
    const result = convertValue(value, from, to);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    expect(result.error).toEqual({ zh, en });
  });
});

describe("shiftDecimal", () => {
  it.each([
    [1619700, -4, 161.97],
    [0.1 + 0.2, 1, 3.0000000000000004], // keeps the input's own digits; does not round them away
    [1e21, 4, 1e25],
    [1.5e-7, 2, 1.5e-5],
    [Number.POSITIVE_INFINITY, 3, Number.POSITIVE_INFINITY],
    [42, 0, 42],
  ])("%d × 10^%d = %d", (value, places, expected) => {
    expect(shiftDecimal(value, places)).toBe(expected);
  });

  it("is exact where naive multiplication is not", () => {
    expect(0.57 * 100).not.toBe(57);
    expect(shiftDecimal(0.57, 2)).toBe(57);
    expect(4.35 * 100).not.toBe(435);
    expect(shiftDecimal(4.35, 2)).toBe(435);
  });
});
