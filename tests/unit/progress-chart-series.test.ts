// Chart rows: gaps are gaps, flagged points are marked, projections join the data.
import { describe, expect, it } from "vitest";
import { buildChartSeries } from "@/lib/progress/chart-series";

const base = {
  plannedTrajectory: [
    { year: 2014, value: 100 },
    { year: 2015, value: 125 },
    { year: 2016, value: 150 },
    { year: 2017, value: 175 },
    { year: 2018, value: 200 },
  ],
  projection: [
    { year: 2016, value: 130 },
    { year: 2017, value: 140 },
    { year: 2018, value: 150 },
  ],
  target: { year: 2018, value: 200 },
  evaluationYear: 2017,
};

describe("buildChartSeries", () => {
  it("puts every series on one row per year, missing years as null (a gap, never 0)", () => {
    const s = buildChartSeries({
      ...base,
      observations: [
        { year: 2014, value: 100, flags: [] },
        { year: 2016, value: 130, flags: ["low_confidence"] },
      ],
    });
    expect(s.rows.map((r) => [r.year, r.actual, r.flagged, r.planned, r.projection, r.target])).toEqual([
      [2014, 100, false, 100, null, null],
      [2015, null, false, 125, null, null],
      [2016, 130, true, 150, 130, null],
      [2017, null, false, 175, 140, null],
      [2018, null, false, 200, 150, 200],
    ]);
    expect(s.rows[2]!.flags).toEqual(["low_confidence"]);
    expect(s.hasData).toBe(true);
  });

  it("leaves out observations after the evaluation year, as the evaluation does", () => {
    const s = buildChartSeries({ ...base, observations: [{ year: 2018, value: 210, flags: [] }] });
    expect(s.rows.find((r) => r.year === 2018)!.actual).toBeNull();
    expect(s.hasData).toBe(false);
  });

  it("stretches to the span years (base year, outlook) even without data there", () => {
    const s = buildChartSeries({
      observations: [{ year: 2017, value: 149.5, flags: ["definition_differs"] }],
      plannedTrajectory: [],
      projection: [],
      target: { year: 2020, value: 150 },
      evaluationYear: 2026,
      spanYears: [2014, 2030],
    });
    expect(s.rows[0]!.year).toBe(2014);
    expect(s.rows[s.rows.length - 1]!.year).toBe(2030);
    expect(s.rows).toHaveLength(17);
    // the table keeps only years with a value: 2017 (actual) and 2020 (target)
    expect(s.tableRows.map((r) => r.year)).toEqual([2017, 2020]);
  });

  it("has no data (empty state) without observations but still shows the target", () => {
    const s = buildChartSeries({ observations: [], plannedTrajectory: [], projection: [], target: { year: 2020, value: 45 }, evaluationYear: 2026 });
    expect(s.hasData).toBe(false);
    expect(s.rows).toEqual([{ year: 2020, actual: null, flags: [], flagged: false, planned: null, projection: null, target: 45 }]);
  });

  it("charts a report's figures without a target, and none after any year when no evaluation year is given", () => {
    const s = buildChartSeries({
      observations: [
        { year: 2014, value: 111.59, flags: ["low_confidence"] },
        { year: 2018, value: 161.97, flags: [] },
        { year: 2030, value: 300, flags: [] },
      ],
      plannedTrajectory: [],
      projection: [],
      target: null,
    });
    expect(s.rows[0]).toEqual({ year: 2014, actual: 111.59, flags: ["low_confidence"], flagged: true, planned: null, projection: null, target: null });
    expect(s.rows).toHaveLength(17);
    expect(s.rows.every((r) => r.target === null)).toBe(true);
    expect(s.tableRows.map((r) => r.year)).toEqual([2014, 2018, 2030]);
    expect([s.hasData, s.drawable]).toEqual([true, true]);
  });

  it("has nothing to draw without figures, target or paths; a target alone is drawable", () => {
    const none = buildChartSeries({ observations: [], plannedTrajectory: [], projection: [], target: null });
    expect([none.rows, none.hasData, none.drawable]).toEqual([[], false, false]);
    const targetOnly = buildChartSeries({ observations: [], plannedTrajectory: [], projection: [], target: { year: 2020, value: 45 } });
    expect([targetOnly.hasData, targetOnly.drawable]).toEqual([false, true]);
  });
});
