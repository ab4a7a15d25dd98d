import { describe, expect, it } from "vitest";
import { plannedTrajectory } from "@/lib/progress/projection";
import { chainTrajectory } from "@/lib/progress/trajectory-chain";

// Baseline 2014: 100; 2020 target 160 (+10 a year); 2030 outlook target 210 (+5 a year).
const planned2020 = plannedTrajectory({ year: 2014, value: 100 }, { year: 2020, value: 160 });
const planned2030 = plannedTrajectory({ year: 2014, value: 100 }, { year: 2030, value: 210 });
const t2020 = { year: 2020, value: 160 };
const t2030 = { year: 2030, value: 210 };
const path = [
  [2014, 100],
  [2015, 110],
  [2016, 120],
  [2017, 130],
  [2018, 140],
  [2019, 150],
  [2020, 160],
  [2021, 165],
  [2022, 170],
  [2023, 175],
  [2024, 180],
  [2025, 185],
  [2026, 190],
  [2027, 195],
  [2028, 200],
  [2029, 205],
  [2030, 210],
].map(([year, value]) => ({ year, value }));

describe("chainTrajectory", () => {
  it("continues the 2020 target's planned path through the 2030 outlook target", () => {
    expect(chainTrajectory(planned2020, [t2020, t2030])).toEqual(path);
  });

  it("bends the 2030 target's own path at the 2020 target (same line on both cards)", () => {
    expect(chainTrajectory(planned2030, [t2030, t2020])).toEqual(path);
  });

  it("leaves the path as it is with no later target", () => {
    expect(chainTrajectory(planned2020, [t2020])).toEqual(planned2020);
  });

  it("without a baseline starts at the first target", () => {
    expect(chainTrajectory([], [t2030, t2020])).toEqual(path.slice(6));
    expect(chainTrajectory([], [t2020])).toEqual([]);
  });

  it("ignores targets at or before the baseline year and duplicate years", () => {
    expect(chainTrajectory(planned2020, [{ year: 2014, value: 1 }, { year: 2010, value: 5 }, t2020, t2030, { year: 2030, value: 999 }])).toEqual(path);
  });
});
