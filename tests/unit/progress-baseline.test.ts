// Baseline choice: target's own → plan base year (2014) → latest ≤ start year (2016) → none.

import { describe, expect, it } from "vitest";
import { chooseBaseline } from "@/lib/progress/baseline";
import { evaluateTarget } from "@/lib/progress/evaluate";
import { normalizeObservations } from "@/lib/progress/observations";
import type { ObservationFlag, ProgressObservation } from "@/lib/progress/types";

const plan = { baseYear: 2014, startYear: 2016 };
const obs = (years: number[], flags: ObservationFlag[] = []): ProgressObservation[] => years.map((year) => ({ year, value: year - 1900, flags }));

describe("chooseBaseline", () => {
  it.each([
    // label, target baseline, observation years, expected year, source
    ["target's own baseline wins", { year: 2015, value: 42 }, [2014, 2016], 2015, "target"],
    ["base-year observation", null, [2012, 2014, 2016], 2014, "base_year"],
    ["no 2014: latest at or before 2016", null, [2012, 2015, 2016, 2017], 2016, "before_start"],
    ["no 2014: an earlier year is fine too", null, [2012, 2017], 2012, "before_start"],
    ["only observations after the start year", null, [2017, 2018], null, null],
    ["no observations", null, [], null, null],
  ] as const)("%s", (_label, own, years, year, source) => {
    const b = chooseBaseline({ baseline: own }, plan, obs([...years]));
    expect(b?.year ?? null).toBe(year);
    expect(b?.source ?? null).toBe(source);
  });

  it("carries the observation's flags, but none for the plan's own figure", () => {
    expect(chooseBaseline({}, plan, obs([2014], ["low_confidence"]))?.flags).toEqual(["low_confidence"]);
    expect(chooseBaseline({ baseline: { year: 2014, value: 1 } }, plan, obs([2014], ["low_confidence"]))?.flags).toEqual([]);
  });

  it("uses the target's baseline value, not the observation of that year", () => {
    const b = chooseBaseline({ baseline: { year: 2014, value: 111.59 } }, plan, obs([2014]));
    expect(b).toEqual({ year: 2014, value: 111.59, source: "target", flags: [] });
  });

  it("never picks an observation after the evaluation year", () => {
    const visible = normalizeObservations(obs([2014, 2018]), 2013);
    expect(chooseBaseline({}, plan, visible)).toBeNull();
  });
});

describe("normalizeObservations", () => {
  it("sorts, drops non-finite values and later years, and keeps the last of duplicate years", () => {
    const input: ProgressObservation[] = [
      { year: 2018, value: 5, flags: [] },
      { year: 2014, value: 1, flags: [] },
      { year: 2016, value: Number.NaN, flags: [] },
      { year: 2018, value: 6, flags: ["provisional"] },
      { year: 2021, value: 9, flags: [] },
    ];
    expect(normalizeObservations(input, 2020)).toEqual([
      { year: 2014, value: 1, flags: [] },
      { year: 2018, value: 6, flags: ["provisional"] },
    ]);
    expect(input).toHaveLength(5); // not mutated
  });
});

describe("evaluateTarget reports the chosen baseline", () => {
  it("2015 observation stands in when 2014 is missing", () => {
    const r = evaluateTarget({
      target: { year: 2020, value: 200, type: "min" },
      plan: { ...plan, outlookYear: 2030 },
      observations: [
        { year: 2015, value: 100, flags: [] },
        { year: 2018, value: 130, flags: [] },
      ],
      evaluationYear: 2019,
      unit: { zh: "万人", en: "万人" },
    });
    expect(r.baseline).toMatchObject({ year: 2015, value: 100, source: "before_start" });
    expect(r.timeShare).toBeCloseTo(0.6, 10); // (2018 − 2015) / (2020 − 2015)
    expect(r.completion).toBeCloseTo(0.3, 10);
    expect(r.lagPp).toBeCloseTo(30, 8);
    expect(r.status).toBe("at_risk"); // lag exactly 30 pp is still "at risk"
  });
});
