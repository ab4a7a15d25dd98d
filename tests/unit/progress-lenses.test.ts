// Lenses beside the status, checked against values worked out by hand:
//   (1.5)^(1/5) = e^(0.2·ln 1.5) = e^0.0810930 = 1.0844718 → CAGR 8.44718 %
//   2^(1/10)    = e^(0.1·ln 2)   = e^0.0693147 = 1.0717735 → CAGR 7.17735 %
//   0.8^(1/5)   = e^(0.2·ln 0.8) = e^−0.0446287 = 0.9563525 → CAGR −4.36475 %
//   0.75^(1/5) = 0.9440875 → −5.59125 %;   0.5^(1/10) = 0.9330330 → −6.69670 %

import { describe, expect, it } from "vitest";
import { statcanCategory, unsdCategory } from "@/lib/progress/growth-lenses";
import { computeLenses } from "@/lib/progress/lenses";
import { fitLine } from "@/lib/progress/linear";
import { plannedTrajectory, projectionSeries } from "@/lib/progress/projection";
import type { YearValue } from "@/lib/progress/types";

const pts = (...pairs: [number, number][]): YearValue[] => pairs.map(([year, value]) => ({ year, value }));

function lenses(b: [number, number] | null, later: [number, number][], target: [number, number]) {
  const observations = pts(...(b ? [b] : []), ...later);
  return computeLenses({
    baseline: b ? { year: b[0], value: b[1] } : null,
    latest: observations[observations.length - 1] ?? null,
    // a falling target is a required reduction (max below the baseline), a goal like a rising min
    target: { year: target[0], value: target[1], type: b && target[1] < b[1] ? "max" : "min" },
    outlookYear: 2030,
    observations,
  });
}

describe("growth lenses, worked by hand", () => {
  it.each([
    {
      label: "growth 100 (2010) → 150 (2015), target 200 (2020)",
      b: [2010, 100],
      later: [[2015, 150]],
      T: [2020, 200],
      cagrA: 0.0844718,
      cagrR: 0.0717735,
      proj: 225, // 150 · 1.0844718^5 = 150 · 1.5
      unsd: [1.25, "on_track"],
      statcan: [1.176922, "substantial"],
      escap: 5, // (225−100)/100; .0844718/.0717735; 10·50/100
      yearsCagr: 3.547556,
      yearsLinear: 5, // ln(200/150)/ln(1.0844718) = .2876821/.0810930; 50/10
    },
    {
      label: "negative growth 100 → 80 against a rising target 200",
      b: [2010, 100],
      later: [[2015, 80]],
      T: [2020, 200],
      cagrA: -0.0436475,
      cagrR: 0.0717735,
      proj: 64, // 80 · 0.8
      unsd: [-0.36, "stagnation_or_regression"],
      statcan: [-0.608129, "deterioration"],
      escap: -2,
      yearsCagr: null,
      yearsLinear: null, // moving away from the target
    },
    {
      label: "falling target (d = −1): 200 → 150, target 100",
      b: [2010, 200],
      later: [[2015, 150]],
      T: [2020, 100],
      cagrA: -0.0559125,
      cagrR: -0.066967,
      proj: 112.5, // 150 · 0.75
      unsd: [0.875, "fair"],
      statcan: [0.834926, "moderate"],
      escap: 5, // (112.5−200)/(−100); d=−1
      yearsCagr: 7.047104,
      yearsLinear: 5, // ln(100/150)/ln(0.9440875) = −.4054651/−.0575364; −50/−10
    },
    {
      label: "泸州: 111.59 (2014) → 161.97 (2018), target 200 (2020)",
      b: [2014, 111.59],
      later: [[2018, 161.97]],
      T: [2020, 200],
      cagrA: 0.0976208,
      cagrR: 0.1021333,
      proj: 195.136825, // (161.97/111.59)^(1/4); (200/111.59)^(1/6)
      unsd: [0.944993, "fair"],
      statcan: [0.955818, "substantial"],
      escap: 5.69845, // 10·50.38/88.41
      yearsCagr: 2.264281,
      yearsLinear: 3.019452, // ln(200/161.97)/ln(1.0976208); 38.03/12.595
    },
  ] as const)("$label", (c) => {
    const l = lenses(
      [...c.b],
      c.later.map(([y, v]) => [y, v]),
      [...c.T],
    );
    expect(l.cagrActual).toBeCloseTo(c.cagrA, 6);
    expect(l.cagrRequired).toBeCloseTo(c.cagrR, 6);
    expect(l.projectedAtTarget).toBeCloseTo(c.proj, 5);
    expect(l.unsd?.ratio).toBeCloseTo(c.unsd[0], 5);
    expect(l.unsd?.category).toBe(c.unsd[1]);
    expect(l.statcan?.ratio).toBeCloseTo(c.statcan[0], 5);
    expect(l.statcan?.category).toBe(c.statcan[1]);
    expect(l.escap?.score).toBeCloseTo(c.escap, 5);
    if (c.yearsCagr === null) expect(l.nullReasons.yearsToTargetAtCagr).toBe("wrong_direction");
    else expect(l.yearsToTarget.atCagr).toBeCloseTo(c.yearsCagr, 5);
    if (c.yearsLinear === null) expect(l.nullReasons.yearsToTargetLinear).toBe("wrong_direction");
    else expect(l.yearsToTarget.linear).toBeCloseTo(c.yearsLinear, 5);
  });
});

describe("undefined lenses say why", () => {
  it("zero baseline value: every CAGR-based lens is null with zero_baseline_value; ESCAP and linear still work", () => {
    const l = lenses([2010, 0], [[2015, 50]], [2020, 100]);
    for (const name of ["cagrActual", "cagrRequired", "projectedAtTarget", "unsd", "statcan", "yearsToTargetAtCagr"] as const) {
      expect(l.nullReasons[name]).toBe("zero_baseline_value");
    }
    expect(l.cagrActual).toBeNull();
    expect(l.escap?.score).toBeCloseTo(5, 10);
    expect(l.linear?.slope).toBeCloseTo(10, 10);
    expect(l.yearsToTarget.linear).toBeCloseTo(5, 10);
  });

  it("target equals baseline: UNSD, Statistics Canada and ESCAP are undefined", () => {
    const l = lenses([2010, 100], [[2015, 120]], [2020, 100]);
    expect(l.cagrRequired).toBe(0);
    expect(l.cagrActual).toBeCloseTo(0.0371372, 6); // 1.2^(1/5) − 1
    expect([l.nullReasons.unsd, l.nullReasons.statcan, l.nullReasons.escap]).toEqual([
      "target_equals_baseline",
      "target_equals_baseline",
      "target_equals_baseline",
    ]);
    expect(l.nullReasons.yearsToTargetAtCagr).toBe("wrong_direction");
  });

  it("negative values: CAGR undefined (negative_value), linear still fitted", () => {
    const l = lenses([2010, -10], [[2015, 5]], [2020, 20]);
    expect(l.nullReasons.cagrActual).toBe("negative_value");
    expect(l.linear?.slope).toBeCloseTo(3, 10);
    expect(l.escap?.score).toBeCloseTo(5, 10); // 10 · 15 / 30
  });

  it("only the baseline: required CAGR only; the rest need a later observation", () => {
    const l = lenses([2010, 100], [], [2020, 200]);
    expect(l.cagrRequired).toBeCloseTo(0.0717735, 6);
    for (const name of ["cagrActual", "projectedAtTarget", "unsd", "statcan", "escap", "linear", "yearsToTargetAtCagr", "yearsToTargetLinear"] as const) {
      expect(l.nullReasons[name]).toBe("no_later_observation");
    }
  });

  it("no baseline: every lens is null with no_baseline", () => {
    const l = lenses(null, [[2018, 150]], [2020, 200]);
    expect(Object.values(l.nullReasons)).toHaveLength(9);
    expect(new Set(Object.values(l.nullReasons))).toEqual(new Set(["no_baseline"]));
    expect(l.linear).toBeNull();
  });
});

describe("years to target", () => {
  it.each([
    ["already reached", 210, 0, 0],
    ["exactly at the target", 200, 0, 0],
  ] as const)("%s → 0 years", (_l, value, atCagr, linear) => {
    const l = lenses([2010, 100], [[2015, value]], [2020, 200]);
    expect([l.yearsToTarget.atCagr, l.yearsToTarget.linear]).toEqual([atCagr, linear]);
  });

  it("zero pace → null (no_progress)", () => {
    const l = lenses([2010, 100], [[2015, 100]], [2020, 200]);
    expect(l.yearsToTarget).toEqual({ atCagr: null, linear: null });
    expect([l.nullReasons.yearsToTargetAtCagr, l.nullReasons.yearsToTargetLinear]).toEqual(["no_progress", "no_progress"]);
  });
});

describe("ESCAP score is capped at 10", () => {
  it.each([
    [150, 5],
    [200, 10],
    [250, 10], // would be 15
    [50, -5], // no floor
  ])("v_t %d → %d", (value, score) => {
    expect(lenses([2010, 100], [[2015, value]], [2020, 200]).escap?.score).toBeCloseTo(score, 10);
  });
});

describe("category boundaries", () => {
  it.each([
    [0.95, "on_track"],
    [0.9499, "fair"],
    [0.1, "fair"],
    [0.0999, "stagnation_or_regression"],
    [-1, "stagnation_or_regression"],
  ] as const)("UNSD %d → %s", (r, cat) => expect(unsdCategory(r)).toBe(cat));

  it.each([
    [0.95, "substantial"],
    [0.9499, "moderate"],
    [0.6, "moderate"],
    [0.5999, "limited"],
    [0, "limited"],
    [-0.0001, "deterioration"],
  ] as const)("Statistics Canada %d → %s", (r, cat) => expect(statcanCategory(r)).toBe(cat));
});

describe("linear least squares", () => {
  // x̄ = 2012, ȳ = 113.333; Sxx = 8, Sxy = (−2)(−13.333) + 2·16.667 = 60 → slope 7.5
  it("fits all points from the baseline on, and projects to T and the outlook year", () => {
    const l = lenses(
      [2010, 100],
      [
        [2012, 110],
        [2014, 130],
      ],
      [2020, 200],
    );
    expect(l.linear?.slope).toBeCloseTo(7.5, 10);
    expect(l.linear?.intercept).toBeCloseTo(113.333333 - 7.5 * 2012, 4);
    expect(l.linear?.projectedAtTarget).toBeCloseTo(173.333333, 5); // ȳ + 7.5 · 8
    expect(l.linear?.projectedAtOutlook).toBeCloseTo(248.333333, 5); // ȳ + 7.5 · 18
    expect(l.linear?.points).toBe(3);
    expect(l.yearsToTarget.linear).toBeCloseTo(9.333333, 5); // (200 − 130) / 7.5
  });

  it("uses the chosen baseline value, not an observation in the baseline year, and ignores earlier years", () => {
    const l = computeLenses({
      baseline: { year: 2010, value: 100 },
      latest: { year: 2014, value: 130 },
      target: { year: 2020, value: 200 },
      outlookYear: 2030,
      observations: pts([2008, 500], [2010, 90], [2012, 110], [2014, 130]),
    });
    expect(l.linear?.slope).toBeCloseTo(7.5, 10);
  });

  it("needs two distinct years", () => {
    expect(fitLine(pts([2010, 1]))).toBeNull();
    expect(fitLine(pts([2010, 1], [2010, 2]))).toBeNull();
  });
});

describe("chart series", () => {
  it("CAGR projection from the latest observation to the outlook year", () => {
    const p = projectionSeries({ latest: { year: 2015, value: 150 }, cagrActual: 0.0844718, linearSlope: 10, endYear: 2030 });
    expect(p.method).toBe("cagr");
    expect(p.points).toHaveLength(16);
    expect(p.points[0]).toEqual({ year: 2015, value: 150 });
    expect(p.points[5]?.year).toBe(2020);
    expect(p.points[5]?.value).toBeCloseTo(225, 3);
    expect(p.points[15]?.year).toBe(2030);
  });

  it("falls back to the linear slope (anchored at the latest point), else nothing", () => {
    const p = projectionSeries({ latest: { year: 2015, value: 50 }, cagrActual: null, linearSlope: 10, endYear: 2030 });
    expect(p.method).toBe("linear");
    expect(p.points[15]).toEqual({ year: 2030, value: 200 });
    expect(projectionSeries({ latest: { year: 2015, value: 50 }, cagrActual: null, linearSlope: null, endYear: 2030 })).toEqual({ points: [], method: null });
    expect(projectionSeries({ latest: { year: 2031, value: 50 }, cagrActual: 0.1, linearSlope: null, endYear: 2030 }).points).toEqual([]);
  });

  it("planned trajectory: straight line baseline → target, one point a year", () => {
    const t = plannedTrajectory({ year: 2010, value: 100 }, { year: 2020, value: 200 });
    expect(t).toHaveLength(11);
    expect(t[0]).toEqual({ year: 2010, value: 100 });
    expect(t[5]?.value).toBeCloseTo(150, 10);
    expect(t[10]).toEqual({ year: 2020, value: 200 });
    expect(plannedTrajectory(null, { year: 2020, value: 200 })).toEqual([]);
    expect(plannedTrajectory({ year: 2020, value: 1 }, { year: 2020, value: 200 })).toEqual([]);
  });
});
