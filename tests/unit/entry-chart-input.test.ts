import { describe, expect, it } from "vitest";
import { entryChartInput } from "@/lib/progress/entry-chart-input";

// urban population of one city: baseline 100 (2015), target 150 (2020); a 2030 outlook target of 250
const base = {
  targetId: 1,
  indicator: "urban_population",
  region: { adcode: "510500", nameZh: "泸州市", nameEn: "Luzhou" },
  targetYear: 2020,
  targetValue: 150,
  observations: [{ year: 2015, value: 100, flags: [] }],
  detail: {
    plannedTrajectory: [2015, 2016, 2017, 2018, 2019, 2020].map((year) => ({ year, value: 100 + (year - 2015) * 10 })),
    projection: [{ year: 2020, value: 140 }],
  },
};
const outlook = { ...base, targetId: 2, kind: "level" as const, targetYear: 2030, targetValue: 250 };
const elsewhere = { ...outlook, targetId: 3, region: { ...base.region, adcode: "510600" } };

describe("a target's chart input", () => {
  it.each([
    {
      name: "a level target: the planned path runs on through the outlook target of the same series",
      kind: "level" as const,
      planned: { first: { year: 2015, value: 100 }, at2020: 150, at2025: 200, last: { year: 2030, value: 250 } },
      target: { year: 2020, value: 150 },
    },
    {
      name: "a growth-rate target: the plan's compound path as evaluated, not chained",
      kind: "growth_rate" as const,
      planned: { first: { year: 2015, value: 100 }, at2020: 150, at2025: undefined, last: { year: 2020, value: 150 } },
      target: { year: 2020, value: 150 },
    },
    {
      name: "a cumulative target: a sum over the period, no planned path and no marker",
      kind: "cumulative" as const,
      planned: null,
      target: null,
    },
  ])("$name", ({ kind, planned, target }) => {
    const input = entryChartInput({ ...base, kind }, [outlook, elsewhere], 2026, [2015, 2030]);
    expect(input.target).toEqual(target);
    expect(input.projection).toEqual([{ year: 2020, value: 140 }]);
    expect(input.evaluationYear).toBe(2026);
    expect(input.spanYears).toEqual([2015, 2030]);
    if (!planned) return expect(input.plannedTrajectory).toEqual([]);
    expect(input.plannedTrajectory[0]).toEqual(planned.first);
    expect(input.plannedTrajectory.find((p) => p.year === 2020)?.value).toBe(planned.at2020);
    expect(input.plannedTrajectory.find((p) => p.year === 2025)?.value).toBe(planned.at2025);
    expect(input.plannedTrajectory.at(-1)).toEqual(planned.last);
  });
});
