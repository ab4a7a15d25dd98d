import { describe, expect, it } from "vitest";
import { checkPlausibility, isNonNegativeUnit, plausibilityMessage } from "@/lib/validation/plausibility";

const series = (...pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

describe("checkPlausibility", () => {
  it.each([
    // value, year, unit, neighbours, expected warning kinds
    ["+40% from the year before", 140, 2019, "万人", series([2018, 100]), []],
    ["exactly +50% is still plausible", 150, 2019, "万人", series([2018, 100]), []],
    ["+51% asks", 151, 2019, "万人", series([2018, 100]), ["jump"]],
    ["exactly -50% is still plausible", 50, 2019, "万人", series([2018, 100]), []],
    ["-51% asks", 49, 2019, "万人", series([2018, 100]), ["jump"]],
    ["compared with the following year too", 100, 2017, "万人", series([2018, 300]), ["jump"]],
    ["both neighbours differ: two warnings", 300, 2018, "万人", series([2017, 100], [2019, 100]), ["jump", "jump"]],
    ["only the nearest earlier year counts", 160, 2019, "万人", series([2010, 50], [2018, 150]), []],
    ["gaps: the nearest observed year is the neighbour", 400, 2019, "万人", series([2015, 100]), ["jump"]],
    ["the year itself (the figure being replaced) is ignored", 400, 2019, "万人", series([2019, 100]), []],
    ["no neighbours, nothing to compare", 1e9, 2019, "万人", [], []],
    ["from zero to anything is a jump", 5, 2019, "%", series([2018, 0]), ["jump"]],
    ["zero to zero is not", 0, 2019, "%", series([2018, 0]), []],
    ["a negative count", -1, 2019, "人", [], ["negative"]],
    ["a negative area", -3, 2019, "km²", [], ["negative"]],
    ["a negative percentage (a fall) is fine", -2.5, 2019, "%", series([2018, -2]), []],
    ["a negative amount of money (a deficit) is fine", -10, 2019, "亿元", [], []],
    ["a negative count that also jumps", -100, 2019, "万人", series([2018, 100]), ["negative", "jump"]],
    ["a negative change from a negative neighbour is measured on its magnitude", -4, 2019, "%", series([2018, -2]), ["jump"]],
  ] as const)("%s", (_name, value, year, unit, neighbours, kinds) => {
    expect(checkPlausibility({ value, year, unit, neighbours }).map((w) => w.kind)).toEqual(kinds);
  });

  it("reports the neighbour and the signed change", () => {
    expect(checkPlausibility({ value: 40, year: 2019, unit: "万人", neighbours: series([2018, 100]) })).toEqual([{ kind: "jump", neighbourYear: 2018, neighbourValue: 100, changePct: -60 }]);
  });
});

describe("isNonNegativeUnit", () => {
  it.each([
    ["万人", true],
    ["persons", true],
    ["公顷", true],
    ["个/万km²", true],
    ["亿元", false],
    ["%", false],
    ["户", true],
    ["吨", false],
  ])("%s → %s", (unit, expected) => expect(isNonNegativeUnit(unit)).toBe(expected));
});

describe("plausibilityMessage", () => {
  const fmt = (v: number) => ({ zh: `${v} 万人`, en: `${v} 10k persons` });
  it("says what changed, from which year, in both languages", () => {
    const m = plausibilityMessage({ kind: "jump", neighbourYear: 2018, neighbourValue: 100, changePct: 60.4 }, fmt);
    expect(m).toEqual({ zh: "与 2018 年（100 万人）相比变化 +60%，超过 ±50%", en: "changes by +60% from 2018 (100 10k persons), more than ±50%" });
    expect(plausibilityMessage({ kind: "negative", value: -1 }, fmt).en).toBe("the value -1 10k persons is negative, which this indicator cannot be");
  });
});
