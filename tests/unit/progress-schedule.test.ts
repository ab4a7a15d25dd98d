// Schedule check (序时进度): one table per rule, with the boundary values spelled out.
// Unless stated otherwise: baseline 2010 = 100, target 2020 = 200, default thresholds
// (10 / 30 / 10 pp), so at t = 2015 the time share is exactly 50 %.

import { describe, expect, it } from "vitest";
import { checkSchedule, resolveThresholds, scheduleMode } from "@/lib/progress/schedule";
import { DEFAULT_THRESHOLDS, type TargetType, type Thresholds } from "@/lib/progress/types";

function check(opts: {
  type?: TargetType;
  b?: { year: number; value: number } | null;
  T?: { year: number; value: number };
  t?: { year: number; value: number } | null;
  tolerancePct?: number | null;
  thresholds?: Thresholds;
}) {
  const T = opts.T ?? { year: 2020, value: 200 };
  return checkSchedule({
    target: { ...T, type: opts.type ?? "min", tolerancePct: opts.tolerancePct },
    baseline: opts.b === undefined ? { year: 2010, value: 100 } : opts.b,
    latest: opts.t === undefined ? null : opts.t,
    thresholds: opts.thresholds ?? DEFAULT_THRESHOLDS,
  });
}

describe("min target: lag thresholds (boundaries inclusive)", () => {
  it.each([
    // year, value, completion, timeShare, lag, status
    [2015, 150, 0.5, 0.5, 0, "on_track"],
    [2015, 140, 0.4, 0.5, 10, "on_track"], // lag exactly 10 → still on track
    [2015, 139.9, 0.399, 0.5, 10.1, "at_risk"],
    [2015, 120, 0.2, 0.5, 30, "at_risk"], // lag exactly 30 → still at risk
    [2015, 119.9, 0.199, 0.5, 30.1, "off_track"],
    [2015, 199.99, 0.9999, 0.5, -49.99, "on_track"],
    [2015, 90, -0.1, 0.5, 60, "off_track"], // negative growth: completion < 0
    [2012, 100, 0, 0.2, 20, "at_risk"], // no growth yet
    [2020, 195, 0.95, 1, 5, "on_track"], // evaluation in the target year itself
    [2020, 180, 0.8, 1, 20, "at_risk"],
  ] as const)("%i: %d → c %d, s %d, lag %d → %s", (year, value, c, s, lag, status) => {
    const r = check({ t: { year, value } });
    expect(r.status).toBe(status);
    expect(r.mode).toBe("reach");
    expect(r.completion).toBeCloseTo(c, 10);
    expect(r.timeShare).toBeCloseTo(s, 10);
    expect(r.lagPp).toBeCloseTo(lag, 8);
  });

  it.each([
    [200, "achieved", "reached"], // exactly at the target
    [250, "achieved", "reached"],
    [199.999, "on_track", "lag_on_track"],
  ] as const)("value %d → %s (%s)", (value, status, reason) => {
    const r = check({ t: { year: 2015, value } });
    expect([r.status, r.reason]).toEqual([status, reason]);
  });
});

describe("max target below the baseline (required reduction) mirrors a min target", () => {
  // min 100 → 200 and max 200 → 100 with mirrored values v' = 300 − v give the same status.
  it.each([
    [150, "on_track"],
    [140, "on_track"],
    [139.9, "at_risk"],
    [120, "at_risk"],
    [119.9, "off_track"],
    [90, "off_track"],
    [200, "achieved"],
    [230, "achieved"],
  ] as const)("min value %d ↔ max value 300 − %d → %s", (value, status) => {
    const min = check({ type: "min", t: { year: 2015, value } });
    const max = check({
      type: "max",
      b: { year: 2010, value: 200 },
      T: { year: 2020, value: 100 },
      t: { year: 2015, value: 300 - value },
    });
    expect(min.status).toBe(status);
    expect(max.status).toBe(status);
    expect(max.mode).toBe("reach");
    expect(max.lagPp).toBeCloseTo(min.lagPp ?? Number.NaN, 8);
  });
});

describe("max target above the baseline (ceiling): share of allowed growth used", () => {
  it.each([
    // year, value, status, reason
    [2015, 150, "on_track", "allowance_ok"], // used 50 %, time 50 %
    [2015, 160, "on_track", "allowance_ok"], // used 60 %: exactly 10 pp ahead → on track
    [2015, 160.1, "at_risk", "allowance_ahead"],
    [2015, 200, "at_risk", "allowance_ahead"], // exactly at the cap: not exceeded, but 50 pp ahead
    [2019, 200, "on_track", "allowance_ok"], // exactly at the cap, 90 % of time: 10 pp ahead
    [2020, 200, "on_track", "allowance_ok"], // at the cap in the target year
    [2015, 200.01, "exceeded", "ceiling_exceeded"], // as soon as v_t > v_T
    [2011, 250, "exceeded", "ceiling_exceeded"],
    [2015, 90, "on_track", "allowance_ok"], // negative growth uses no allowance
  ] as const)("%i: %d → %s (%s)", (year, value, status, reason) => {
    const r = check({ type: "max", t: { year, value } });
    expect(r.mode).toBe("ceiling");
    expect([r.status, r.reason]).toEqual([status, reason]);
  });

  it("a min target below the baseline (floor) mirrors the ceiling", () => {
    const cases = [150, 160, 160.1, 200, 200.01, 90];
    for (const value of cases) {
      const ceiling = check({ type: "max", t: { year: 2015, value } });
      const floor = check({
        type: "min",
        b: { year: 2010, value: 200 },
        T: { year: 2020, value: 100 },
        t: { year: 2015, value: 300 - value },
      });
      expect(floor.mode).toBe("floor");
      const expected = ceiling.status === "exceeded" ? "off_track" : ceiling.status;
      expect(floor.status).toBe(expected);
      if (ceiling.status === "exceeded") expect(floor.reason).toBe("floor_breached");
    }
  });
});

describe("target equals baseline (v_T == v_b): completion undefined, decided by v_t alone", () => {
  it.each([
    ["min", 100, "achieved", "reached"],
    ["min", 120, "achieved", "reached"],
    ["min", 99, "off_track", "below_target"],
    ["max", 100, "on_track", "within_cap"],
    ["max", 80, "on_track", "within_cap"],
    ["max", 101, "exceeded", "ceiling_exceeded"],
    ["approx", 105, "achieved", "within_band"], // 5 % edge included
    ["approx", 95, "achieved", "within_band"],
    ["approx", 106, "off_track", "outside_band"],
  ] as const)("%s, v_t %d → %s (%s)", (type, value, status, reason) => {
    const r = check({ type, T: { year: 2020, value: 100 }, t: { year: 2015, value }, tolerancePct: 5 });
    expect(r.mode).toBe("hold");
    expect([r.status, r.reason]).toEqual([status, reason]);
    expect(r.completion).toBeNull();
    expect(r.lagPp).toBeNull();
    expect(r.timeShare).toBeCloseTo(0.5, 10);
  });
});

describe("approx target: within the band → achieved, else scheduled by direction", () => {
  it.each([
    // baseline, target, tolerance, value at 2015, status, reason
    [100, 200, 5, 190, "achieved", "within_band"], // lower edge (−5 %)
    [100, 200, 5, 210, "achieved", "within_band"], // upper edge (+5 %)
    [100, 200, 5, 189, "on_track", "lag_on_track"],
    [100, 200, 5, 140, "on_track", "lag_on_track"],
    [100, 200, 5, 130, "at_risk", "lag_at_risk"],
    [100, 200, 5, 110, "off_track", "lag_off_track"],
    [100, 200, 5, 211, "at_risk", "overshoot"], // passed the band
    [200, 100, 10, 150, "on_track", "lag_on_track"], // downward approx
    [200, 100, 10, 170, "at_risk", "lag_at_risk"],
    [200, 100, 10, 109, "achieved", "within_band"],
    [200, 100, 10, 89, "at_risk", "overshoot"],
    [100, 200, null, 195, "achieved", "within_band"], // default tolerance 5 %
    [100, 200, null, 189, "on_track", "lag_on_track"],
    [100, 200, 0, 199.9, "on_track", "lag_on_track"], // zero tolerance: exact only
  ] as const)("%d → %d ±%s %%: %d → %s", (bv, tv, tol, value, status, reason) => {
    const r = check({
      type: "approx",
      b: { year: 2010, value: bv },
      T: { year: 2020, value: tv },
      t: { year: 2015, value },
      tolerancePct: tol,
    });
    expect(r.mode).toBe("reach");
    expect([r.status, r.reason]).toEqual([status, reason]);
  });
});

describe("no baseline: achieved / exceeded from v_t alone, else no_baseline", () => {
  it.each([
    ["min", 210, "achieved", "reached"],
    ["min", 200, "achieved", "reached"],
    ["min", 150, "no_baseline", "no_baseline"],
    ["max", 210, "exceeded", "ceiling_exceeded"],
    ["max", 200, "no_baseline", "no_baseline"], // exactly at the cap is not exceeded
    ["max", 150, "no_baseline", "no_baseline"],
    ["approx", 195, "achieved", "within_band"],
    ["approx", 150, "no_baseline", "no_baseline"],
  ] as const)("%s, v_t %d → %s", (type, value, status, reason) => {
    const r = check({ type, b: null, t: { year: 2018, value }, tolerancePct: 5 });
    expect([r.status, r.reason, r.mode]).toEqual([status, reason, null]);
    expect([r.completion, r.timeShare, r.lagPp]).toEqual([null, null, null]);
  });
});

describe("missing or unusable data", () => {
  it.each([
    ["no observation at all", { b: null, t: null }, "no_data", "no_observation"],
    ["no observation, baseline known", { t: null }, "no_data", "no_observation"],
    ["t == b (only the baseline observation)", { t: { year: 2010, value: 100 } }, "no_data", "no_observation_since_baseline"],
    ["t < b", { t: { year: 2009, value: 150 } }, "no_data", "no_observation_since_baseline"],
    ["t == b but already reached", { t: { year: 2010, value: 250 } }, "achieved", "reached"],
    ["t == b, ceiling already exceeded", { type: "max" as const, t: { year: 2010, value: 250 } }, "exceeded", "ceiling_exceeded"],
    ["baseline year == target year", { b: { year: 2020, value: 100 }, t: { year: 2020, value: 150 } }, "no_baseline", "baseline_not_before_target"],
    ["baseline after target, but reached", { b: { year: 2021, value: 100 }, t: { year: 2020, value: 200 } }, "achieved", "reached"],
  ] as const)("%s → %s (%s)", (_label, opts, status, reason) => {
    const r = check(opts);
    expect([r.status, r.reason]).toEqual([status, reason]);
    expect(r.lagPp).toBeNull();
  });
});

describe("per-plan thresholds", () => {
  it.each([
    // thresholds, type, value at 2015, status
    [{ onTrackLagPp: 5, atRiskLagPp: 20, ceilingMarginPp: 10, nearlyAchievedPct: 95 }, "min", 145, "on_track"], // lag 5
    [{ onTrackLagPp: 5, atRiskLagPp: 20, ceilingMarginPp: 10, nearlyAchievedPct: 95 }, "min", 140, "at_risk"], // lag 10
    [{ onTrackLagPp: 5, atRiskLagPp: 20, ceilingMarginPp: 10, nearlyAchievedPct: 95 }, "min", 130, "at_risk"], // lag 20
    [{ onTrackLagPp: 5, atRiskLagPp: 20, ceilingMarginPp: 10, nearlyAchievedPct: 95 }, "min", 125, "off_track"], // lag 25
    [{ onTrackLagPp: 10, atRiskLagPp: 30, ceilingMarginPp: 0, nearlyAchievedPct: 95 }, "max", 150, "on_track"],
    [{ onTrackLagPp: 10, atRiskLagPp: 30, ceilingMarginPp: 0, nearlyAchievedPct: 95 }, "max", 151, "at_risk"],
  ] as const)("%j, %s %d → %s", (thresholds, type, value, status) => {
    expect(check({ type, t: { year: 2015, value }, thresholds }).status).toBe(status);
  });

  it("resolveThresholds fills missing and non-finite entries with the defaults", () => {
    expect(resolveThresholds(undefined)).toEqual({ onTrackLagPp: 10, atRiskLagPp: 30, ceilingMarginPp: 10, nearlyAchievedPct: 95 });
    expect(resolveThresholds({ onTrackLagPp: 5, atRiskLagPp: Number.NaN })).toEqual({
      onTrackLagPp: 5,
      atRiskLagPp: 30,
      ceilingMarginPp: 10,
      nearlyAchievedPct: 95,
    });
  });
});

describe("scheduleMode", () => {
  it.each([
    ["min", 100, 200, "reach"],
    ["min", 200, 100, "floor"],
    ["max", 100, 200, "ceiling"],
    ["max", 200, 100, "reach"],
    ["approx", 100, 200, "reach"],
    ["approx", 200, 100, "reach"],
    ["min", 100, 100, "hold"],
    ["max", 100, 100, "hold"],
    ["approx", 100, 100, "hold"],
  ] as const)("%s from %d to %d → %s", (type, b, t, mode) => {
    expect(scheduleMode(type, b, t)).toBe(mode);
  });
});

describe("floating-point noise does not move a boundary", () => {
  // On paper these are exactly on a boundary; in IEEE doubles they come out a hair above.
  it.each([
    // type, baseline, target, latest, status
    ["min", { year: 2014, value: 10 }, { year: 2020, value: 40 }, { year: 2019, value: 32 }, "on_track"], // lag 10.000000000000009
    ["min", { year: 2014, value: 10 }, { year: 2020, value: 40 }, { year: 2019, value: 26 }, "at_risk"], // lag 30.000000000000004
    ["max", { year: 2010, value: 100 }, { year: 2020, value: 200 }, { year: 2017, value: 180 }, "on_track"], // 10.000000000000009 ahead
  ] as const)("%s %j → %j, latest %j → %s", (type, b, T, t, status) => {
    expect(check({ type, b, T, t }).status).toBe(status);
  });
});
