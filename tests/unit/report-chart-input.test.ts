import { describe, expect, it } from "vitest";
import { reportChartInput } from "@/lib/reports/chart-input";

// 泸州 urban population: baseline 2014 = 110, 2020 target 200, a 2030 outlook target 260.
const planned2020 = [2014, 2015, 2016, 2017, 2018, 2019, 2020].map((year, i) => ({ year, value: 110 + 15 * i }));
const t2020 = { targetYear: 2020, targetValue: 200, plannedTrajectory: planned2020, projection: [], status: "off_track" };
const t2030 = {
  targetYear: 2030,
  targetValue: 260,
  plannedTrajectory: [
    { year: 2014, value: 110 },
    { year: 2030, value: 260 },
  ],
  projection: [],
  status: "no_data",
};
const figures = [{ year: 2018, value: 161.97, flags: [] }];
const all = { trajectory: true, projection: true };

describe("reportChartInput", () => {
  it("continues the planned line from the 2020 target through the 2030 outlook target", () => {
    const { status, input } = reportChartInput({ figures, statuses: [t2020, t2030] }, 2019, all);
    expect(status?.targetYear).toBe(2020);
    const path = Object.fromEntries(input.plannedTrajectory.map((p) => [p.year, p.value]));
    // 2014–2020 as planned (15 a year), then (260 − 200) / 10 = 6 a year on to 2030
    expect(path).toEqual({
      2014: 110,
      2015: 125,
      2016: 140,
      2017: 155,
      2018: 170,
      2019: 185,
      2020: 200,
      2021: 206,
      2022: 212,
      2023: 218,
      2024: 224,
      2025: 230,
      2026: 236,
      2027: 242,
      2028: 248,
      2029: 254,
      2030: 260,
    });
    expect(input.target).toEqual({ year: 2020, value: 200 });
  });

  it("after 2020 the chart is titled by the outlook target, and its path still bends at the 2020 target", () => {
    const { status, input } = reportChartInput({ figures, statuses: [t2020, t2030] }, 2024, all);
    expect(status?.targetYear).toBe(2030);
    const path = new Map(input.plannedTrajectory.map((p) => [p.year, p.value]));
    expect([path.get(2014), path.get(2020), path.get(2025), path.get(2030)]).toEqual([110, 200, 230, 260]);
  });

  it("draws no planned line when the selection hides it, and none without a target", () => {
    expect(reportChartInput({ figures, statuses: [t2020, t2030] }, 2019, { trajectory: false, projection: true }).input.plannedTrajectory).toEqual([]);
    const none = reportChartInput({ figures, statuses: [] }, 2019, all);
    expect([none.status, none.input.plannedTrajectory, none.input.target]).toEqual([undefined, [], null]);
  });

  it("a single target keeps its own planned path", () => {
    expect(reportChartInput({ figures, statuses: [t2020] }, 2019, all).input.plannedTrajectory).toEqual(planned2020);
  });
});
