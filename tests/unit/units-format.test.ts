import { describe, expect, it } from "vitest";
import { formatUnit } from "@/lib/units/format";
import { parseUnit } from "@/lib/units/unit-registry";

describe("formatUnit", () => {
  it.each([
    ["万人", "zh", "万人"],
    ["万人", "en", "10,000 people"],
    ["人", "en", "people"],
    ["km2", "zh", "km²"],
    ["km²", "en", "km²"],
    ["万km²", "en", "10,000 km²"],
    ["亿元", "en", "100 million yuan"],
    ["万亿元", "en", "trillion yuan"],
    ["％", "zh", "%"],
    ["个/万km²", "en", "per 10,000 km²"],
    ["个", "en", "个"], // unknown units are shown as written
  ] as const)("%s in %s → %s", (unit, locale, expected) => {
    expect(formatUnit(unit, locale)).toBe(expected);
  });

  it("accepts a parsed UnitDef", () => {
    const unit = parseUnit("公顷");
    expect(unit && formatUnit(unit, "en")).toBe("ha");
  });
});
