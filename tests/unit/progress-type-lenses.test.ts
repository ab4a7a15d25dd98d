// Type-aware lenses: a cap (max) is read as a limit, its mirror (a min floor below the
// baseline) too; an approx target by its distance to the band; goals keep the growth
// lenses. Figures worked by hand in the comments.
import { describe, expect, it } from "vitest";
import { evaluateTarget } from "@/lib/progress/evaluate";
import { buildLensRows } from "@/lib/progress/lens-rows";
import { bandLens, limitLens, targetKind } from "@/lib/progress/limit-lenses";
import type { TargetType } from "@/lib/progress/types";

describe("targetKind", () => {
  it.each([
    ["min", "reach", "progress"],
    ["max", "reach", "progress"], // a required reduction is a goal
    ["max", "ceiling", "limit"],
    ["max", null, "limit"], // no baseline: the cap read literally
    ["min", "floor", "limit"], // mirror of the ceiling
    ["min", null, "progress"],
    ["min", "hold", "progress"],
    ["approx", "reach", "band"],
    ["approx", null, "band"],
  ] as const)("%s in mode %s → %s", (type, mode, kind) => {
    expect(targetKind(type, mode)).toBe(kind);
  });
});

describe("limitLens", () => {
  const T = { year: 2020, value: 200 };
  it.each([
    // label, type, baseline, basis, slope, headroom, used, timeShare, crossing kind, crossing year, marginAtTarget
    // 泸州 land: 150 (2014) → 186.5 (2018), cap 200: room 13.5; used 36.5/50 = 73 %; time 4/6; at k = 9.125/yr: 2018 + 13.5/9.125 = 2019.48 → before T; margin at T = 13.5 − 18.25 = −4.75
    ["ceiling, crossing before T", "max", [2014, 150], [2018, 186.5], 9.125, 13.5, 0.73, 4 / 6, "before_target", 2019.479452, -4.75],
    // slow growth k = 2: 2018 + 13.5/2 = 2024.75 → after T; margin 13.5 − 4 = 9.5
    ["ceiling, not before T", "max", [2014, 150], [2018, 186.5], 2, 13.5, 0.73, 4 / 6, "after_target", 2024.75, 9.5],
    ["ceiling, falling", "max", [2014, 150], [2018, 140], -2.5, 60, -0.2, 4 / 6, "not_at_this_pace", null, 65],
    ["ceiling exactly reached", "max", [2014, 150], [2018, 200], 12.5, 0, 1, 4 / 6, "at_limit", 2018, -25],
    ["ceiling breached", "max", [2014, 150], [2020, 210], 10, -10, 1.2, 1, "breached", null, null],
    ["ceiling, zero growth", "max", [2014, 150], [2018, 150], 0, 50, 0, 4 / 6, "not_at_this_pace", null, 50],
    ["ceiling, no baseline, one point", "max", null, [2018, 180], null, 20, null, null, "unknown", null, null],
    // mirror: floor 100 under a baseline of 150; 150 → 113.5 (2018): room 13.5; used 36.5/50; k = −9.125
    ["floor (mirror), crossing before T", "min", [2014, 150], [2018, 113.5], -9.125, 13.5, 0.73, 4 / 6, "before_target", 2019.479452, -4.75],
    ["floor breached", "min", [2014, 150], [2018, 90], -15, -10, 1.2, 4 / 6, "breached", null, -40],
    ["floor, rising", "min", [2014, 150], [2018, 160], 2.5, 60, -0.2, 4 / 6, "not_at_this_pace", null, 65],
  ] as const)("%s", (_label, type, b, basis, slope, headroom, used, timeShare, kind, year, margin) => {
    const target = type === "min" ? { year: 2020, value: 100 } : T;
    const l = limitLens({ type, target, baseline: b ? { year: b[0], value: b[1] } : null, basis: { year: basis[0], value: basis[1] }, slope })!;
    expect(l.side).toBe(type === "max" ? "ceiling" : "floor");
    expect(l.headroom).toBeCloseTo(headroom, 9);
    if (used === null) expect(l.used).toBeNull();
    else expect(l.used).toBeCloseTo(used, 9);
    if (timeShare === null) expect(l.timeShare).toBeNull();
    else expect(l.timeShare).toBeCloseTo(timeShare, 9);
    expect(l.crossing.kind).toBe(kind);
    if (year === null) expect(l.crossing.year).toBeNull();
    else expect(l.crossing.year).toBeCloseTo(year, 5);
    if (margin === null) expect(l.marginAtTarget).toBeNull();
    else expect(l.marginAtTarget).toBeCloseTo(margin, 9);
  });

  it("is null without a figure to judge", () => {
    expect(limitLens({ type: "max", target: T, baseline: null, basis: null, slope: 1 })).toBeNull();
  });
});

describe("bandLens (200 ± 5 % = [190, 210])", () => {
  it.each([
    // value, slope, distance, direction
    [200, 3, 0, "inside"],
    [210, 3, 0, "inside"], // the upper edge is inside
    [190, -3, 0, "inside"], // the lower edge too
    [215, -3, 5, "toward"],
    [215, 3, 5, "away"],
    [180, 3, -10, "toward"], // mirror below the band
    [180, -3, -10, "away"],
    [180, 0, -10, null], // no change: no direction
    [180, null, -10, null], // one point: no direction
  ] as const)("value %d, slope %s → distance %d, %s", (value, slope, distance, direction) => {
    const b = bandLens({ value: 200, tolerancePct: 5 }, { year: 2018, value }, slope)!;
    expect([b.low, b.high]).toEqual([190, 210]);
    expect(b.distance).toBeCloseTo(distance, 9);
    expect(b.direction).toBe(direction);
  });
});

const run = (type: TargetType, target: number, obs: [number, number][], evaluationYear: number) =>
  evaluateTarget({
    target: { year: 2020, value: target, type, tolerancePct: 5 },
    plan: { baseYear: 2014, startYear: 2016, outlookYear: 2030 },
    observations: obs.map(([year, value]) => ({ year, value, flags: [] })),
    evaluationYear,
    unit: { zh: "平方公里", en: "km²" },
  });

describe("lenses per target type, through evaluateTarget", () => {
  it.each([
    // type, target, observations, kind, growth lenses shown?
    [
      "min",
      200,
      [
        [2014, 111.59],
        [2018, 161.97],
      ],
      "progress",
      true,
    ],
    [
      "max",
      100,
      [
        [2014, 150],
        [2018, 120],
      ],
      "progress",
      true,
    ], // reduction: a goal
    [
      "max",
      200,
      [
        [2014, 113.17],
        [2018, 186.5],
      ],
      "limit",
      false,
    ],
    [
      "min",
      100,
      [
        [2014, 150],
        [2018, 120],
      ],
      "limit",
      false,
    ], // floor: mirror
    [
      "approx",
      200,
      [
        [2014, 150],
        [2018, 180],
      ],
      "band",
      false,
    ],
  ] as const)("%s %d → %s", (type, target, obs, kind, growth) => {
    const r = run(
      type,
      target,
      obs.map(([y, v]) => [y, v]),
      2019,
    );
    expect(r.lenses.kind).toBe(kind);
    const keys = buildLensRows(r, { zh: "平方公里", en: "km²" }, 2030).map((x) => x.key);
    expect(keys.includes("unsd")).toBe(growth);
    expect(keys.includes("yearsToTarget")).toBe(growth);
    expect(keys.includes("growthLenses")).toBe(!growth);
    if (!growth) expect(r.lenses.nullReasons.unsd).toBe(kind === "limit" ? "not_for_limit" : "not_for_band");
  });

  it("a cap at 186.5 of 200 km² says when it would be crossed, not 'years to target' nor 'progress'", () => {
    const r = run(
      "max",
      200,
      [
        [2014, 113.17],
        [2016, 150],
        [2018, 186.5],
      ],
      2019,
    );
    const rows = Object.fromEntries(buildLensRows(r, { zh: "平方公里", en: "km²" }, 2030).map((x) => [x.key, x]));
    // OLS through (2014, 113.17), (2016, 150), (2018, 186.5): k = 73.33 / 4 = 18.3325; 2018 + 13.5 / 18.3325 = 2018.74 → 2019
    expect(rows.crossing!.value.zh).toBe("约2019年（目标年前）");
    expect(rows.headroom!.value.zh).toBe("13.5平方公里");
    expect(rows.used!.value.zh).toBe("84.5%"); // 73.33 / 86.83 = 0.8445
    // no reading of a cap as progress (the one row that says why the progress measures are absent aside)
    const { growthLenses, ...rest } = rows;
    expect(JSON.stringify(rest)).not.toMatch(/进展|progress|达到目标还需/);
    expect(growthLenses!.value).toEqual({ zh: "不适用", en: "not defined" });
  });

  it("after the target year a kept cap shows its final margin", () => {
    const r = run(
      "max",
      200,
      [
        [2014, 113.17],
        [2020, 186.5],
        [2021, 195],
      ],
      2022,
    );
    expect(r.status).toBe("within_cap");
    expect(r.lenses.limit?.headroom).toBeCloseTo(13.5, 9); // the judged 2020 figure, not 2021
  });
});
