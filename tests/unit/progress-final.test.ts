// Final evaluation (evaluation year > target year): judged on the target year's value,
// with a ±1-year fallback (T−1 preferred) and no_data beyond that.

import { describe, expect, it } from "vitest";
import { evaluateTarget } from "@/lib/progress/evaluate";
import { evaluateFinal, pickFinalObservation } from "@/lib/progress/final";
import type { ProgressObservation, TargetType } from "@/lib/progress/types";

const obs = (...pairs: [number, number][]): ProgressObservation[] => pairs.map(([year, value]) => ({ year, value, flags: [] }));

describe("status by target type (value of the target year 2020)", () => {
  it.each([
    // type, target, value, status, ratioPct, excess
    ["min", 200, 141.97, "not_achieved", 70.985, null],
    ["min", 200, 200, "achieved", 100, null], // exactly at the target
    ["min", 200, 210, "achieved", 105, null],
    ["max", 150, 167.58, "exceeded", 111.72, 17.58],
    ["max", 150, 150, "within_cap", 100, null], // exactly at the cap
    ["max", 150, 140, "within_cap", 93.333333, null],
    ["approx", 200, 190, "achieved", 95, null], // −5 % edge
    ["approx", 200, 210, "achieved", 105, null], // +5 % edge
    ["approx", 200, 189.9, "not_achieved", 94.95, null],
    ["approx", 200, 210.1, "not_achieved", 105.05, null],
  ] as const)("%s %d, actual %d → %s", (type, target, value, status, ratioPct, excess) => {
    const f = evaluateFinal({ year: 2020, value: target, type, tolerancePct: 5 }, obs([2020, value]));
    expect(f.status).toBe(status);
    expect(f.year).toBe(2020);
    expect(f.yearOffset).toBe(0);
    expect(f.ratioPct).toBeCloseTo(ratioPct, 5);
    if (excess === null) expect(f.excess).toBeNull();
    else expect(f.excess).toBeCloseTo(excess, 10);
  });

  it("approx reports the signed deviation", () => {
    const f = evaluateFinal({ year: 2020, value: 200, type: "approx", tolerancePct: 5 }, obs([2020, 195]));
    expect(f.deviationPct).toBeCloseTo(-2.5, 10);
  });

  it("a target value of 0 still gets a status, with null ratios", () => {
    const f = evaluateFinal({ year: 2020, value: 0, type: "max" }, obs([2020, 3]));
    expect([f.status, f.ratioPct, f.deviationPct, f.excess]).toEqual(["exceeded", null, null, 3]);
  });

  it("min and max mirror each other: 100→200 floor vs 200 ceiling", () => {
    for (const [value, minStatus, maxStatus] of [
      [199, "not_achieved", "within_cap"],
      [200, "achieved", "within_cap"],
      [201, "achieved", "exceeded"],
    ] as const) {
      expect(evaluateFinal({ year: 2020, value: 200, type: "min" }, obs([2020, value])).status).toBe(minStatus);
      expect(evaluateFinal({ year: 2020, value: 200, type: "max" }, obs([2020, value])).status).toBe(maxStatus);
    }
  });
});

describe("which year is used: T, else T−1, else T+1, else no_data", () => {
  it.each([
    ["T present", [2019, 2020, 2021], 2020, 0],
    ["only T−1", [2019], 2019, -1],
    ["only T+1", [2021], 2021, 1],
    ["T−1 and T+1: prefer T−1", [2019, 2021], 2019, -1],
    ["T+1 and T+2", [2021, 2022], 2021, 1],
    ["only T−2 and T+2 → no data", [2018, 2022], null, null],
    ["nothing", [], null, null],
  ] as const)("%s", (_label, years, year, offset) => {
    const series = years.map((y) => ({ year: y, value: 150, flags: [] }));
    const picked = pickFinalObservation(series, 2020);
    expect(picked?.observation.year ?? null).toBe(year);
    expect(picked?.yearOffset ?? null).toBe(offset);
    const f = evaluateFinal({ year: 2020, value: 200, type: "min" }, series);
    expect(f.status).toBe(year === null ? "no_data" : "not_achieved");
    expect(f.year).toBe(year);
  });
});

describe("evaluateTarget switches to the final evaluation only after the target year", () => {
  const run = (evaluationYear: number, observations: ProgressObservation[], type: TargetType = "min") =>
    evaluateTarget({
      target: { year: 2020, value: 200, type },
      plan: { baseYear: 2014, startYear: 2016, outlookYear: 2030 },
      observations,
      evaluationYear,
      unit: { zh: "万人", en: "万人" },
    });

  it.each([
    [2019, false],
    [2020, false], // evaluation year == T: the target year has not passed yet
    [2021, true],
  ])("evaluation year %i → final: %s", (evaluationYear, passed) => {
    const r = run(evaluationYear, obs([2014, 100], [2018, 150], [2020, 210]));
    expect(r.targetPassed).toBe(passed);
    expect(r.final === null).toBe(!passed);
    expect(r.schedule === null).toBe(passed);
  });

  it("after T the overall status is the final one, and latest is still the newest observation", () => {
    const r = run(2024, obs([2014, 100], [2020, 180], [2023, 230]));
    expect(r.status).toBe("not_achieved");
    expect(r.final?.year).toBe(2020);
    expect(r.latest?.year).toBe(2023);
    expect(r.completion).toBeCloseTo(0.8, 10); // (180 − 100) / (200 − 100), from the final value
    expect(r.timeShare).toBeNull();
    expect(r.lagPp).toBeNull();
  });

  it("data after the evaluation year are not visible: 2022 data, evaluated as of 2021 → no_data", () => {
    const r = run(2021, obs([2014, 100], [2022, 250]));
    expect(r.status).toBe("no_data");
    expect(r.final?.status).toBe("no_data");
    expect(r.latest?.year).toBe(2014);
  });

  it("no baseline is needed for the final evaluation", () => {
    const r = run(2021, obs([2020, 190]), "max");
    expect(r.baseline).toBeNull();
    expect(r.status).toBe("within_cap"); // a cap without a baseline is read literally
    expect(r.completion).toBeNull();
  });
});
