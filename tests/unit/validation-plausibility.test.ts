import { describe, expect, it } from "vitest";
import { checkPlausibility, formatChangePct, isNonNegativeUnit, negativeNotAllowed, plausibilityMessage } from "@/lib/validation/plausibility";
import { plausibilityMessages } from "@/lib/validation/plausibility-messages";

const series = (...pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

describe("checkPlausibility", () => {
  it.each([
    // value, year, previous version of the cell, neighbours, expected warning kinds
    ["+40% from the year before", 140, 2019, null, series([2018, 100]), []],
    ["exactly +50% is still plausible", 150, 2019, null, series([2018, 100]), []],
    ["+51% asks", 151, 2019, null, series([2018, 100]), ["jump"]],
    ["exactly -50% is still plausible", 50, 2019, null, series([2018, 100]), []],
    ["-51% asks", 49, 2019, null, series([2018, 100]), ["jump"]],
    ["compared with the following year too", 100, 2017, null, series([2018, 300]), ["jump"]],
    ["both neighbours differ: two warnings", 300, 2018, null, series([2017, 100], [2019, 100]), ["jump", "jump"]],
    ["only the nearest earlier year counts", 160, 2019, null, series([2010, 50], [2018, 150]), []],
    ["gaps: the nearest observed year is the neighbour", 400, 2019, null, series([2015, 100]), ["jump"]],
    ["the year itself among the neighbours is ignored", 400, 2019, null, series([2019, 100]), []],
    ["no neighbours, no previous version: nothing to compare", 1e9, 2019, null, [], []],
    ["from zero to anything is a jump", 5, 2019, null, series([2018, 0]), ["jump"]],
    ["zero to zero is not", 0, 2019, null, series([2018, 0]), []],
    ["a negative change from a negative neighbour is measured on its magnitude", -4, 2019, null, series([2018, -2]), ["jump"]],
    // the version being replaced (a revision of the same cell)
    ["a small revision is fine", 137.5, 2019, 137, [], []],
    ["a revision 10,000× too small asks (人 typed as 万人)", 0.01375, 2019, 137, series([2018, 135], [2020, 139]), ["revision", "jump", "jump"]],
    ["a revision to twice the previous value asks, even with no neighbours", 274, 2019, 137, [], ["revision"]],
    ["revising 0 to a figure asks", 3, 2019, 0, [], ["revision"]],
  ] as const)("%s", (_name, value, year, previous, neighbours, kinds) => {
    expect(checkPlausibility({ value, year, previous, neighbours }).map((w) => w.kind)).toEqual(kinds);
  });

  it("reports both values and the signed change", () => {
    expect(checkPlausibility({ value: 40, year: 2019, previous: 50, neighbours: series([2018, 100]) })).toEqual([
      { kind: "jump", neighbourYear: 2018, neighbourValue: 100, value: 40, changePct: -60 },
    ]);
    expect(checkPlausibility({ value: 0.01375, year: 2019, previous: 137, neighbours: [] })).toEqual([
      { kind: "revision", previousValue: 137, value: 0.01375, changePct: expect.closeTo(-99.98996, 4) },
    ]);
  });
});

describe("negativeNotAllowed", () => {
  it.each([
    [-1, "人", false, true],
    [-3, "km²", false, true],
    [-100, "万人", false, true],
    [-100, "万人", true, false], // an indicator that allows it: net migration
    [-2.5, "%", false, false], // a fall
    [-10, "亿元", false, false], // a deficit
    [0, "万人", false, false],
  ] as const)("%s %s (allowed: %s) → %s", (value, unit, allow, expected) => expect(negativeNotAllowed(value, unit, allow)).toBe(expected));
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

describe("formatChangePct", () => {
  it.each([
    [60, "+60%"],
    [60.4, "+60.4%"],
    [-99.98996, "−99.99%"],
    [-100, "−100%"],
    [Infinity, "+∞"],
    [-Infinity, "−∞"],
  ])("%s → %s", (pct, text) => expect(formatChangePct(pct)).toBe(text));
});

describe("plausibilityMessage", () => {
  const fmt = (v: number) => ({ zh: `${v} 万人`, en: `${v} 10k persons` });
  it("names both values with units, the change and the limit, in both languages", () => {
    const m = plausibilityMessage({ kind: "jump", neighbourYear: 2018, neighbourValue: 100, value: 160.4, changePct: 60.4 }, fmt);
    expect(m).toEqual({
      zh: "与 2018 年相比：100 万人 → 160.4 万人，+60.4%，超过 ±50%",
      en: "compared with 2018: 100 10k persons → 160.4 10k persons, +60.4%, more than ±50%",
    });
  });

  it("formats the values in the indicator's unit: the revision of the issue", () => {
    const [m] = plausibilityMessages(checkPlausibility({ value: 0.01375, year: 2019, previous: 137, neighbours: [] }), "万人");
    expect(m).toEqual({
      zh: "与当前版本相比：137 万人 → 0.0138 万人，−99.99%，超过 ±50%",
      en: "compared with the current version: 1.37 million people → 138 people, −99.99%, more than ±50%",
    });
  });
});
