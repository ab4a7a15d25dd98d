import { describe, expect, it } from "vitest";
import { buildSeriesRows, isEmptySeries } from "@/lib/reports/chart-series";

describe("buildSeriesRows", () => {
  it("merges actual, trajectory, projection and target by year, leaving gaps null", () => {
    const rows = buildSeriesRows({
      observations: [
        { year: 2014, value: 111.59, flags: ["low_confidence"] },
        { year: 2018, value: 161.97, flags: [] },
      ],
      trajectory: [
        { year: 2014, value: 111.59 },
        { year: 2020, value: 200 },
      ],
      projection: [
        { year: 2018, value: 161.97 },
        { year: 2020, value: 190 },
      ],
      target: { year: 2020, value: 200 },
    });
    expect(rows).toEqual([
      { year: 2014, actual: 111.59, flagged: true, trajectory: 111.59, projection: null, target: null },
      { year: 2018, actual: 161.97, flagged: false, trajectory: null, projection: 161.97, target: null },
      { year: 2020, actual: null, flagged: false, trajectory: 200, projection: 190, target: 200 },
    ]);
    expect(isEmptySeries(rows)).toBe(false);
  });

  it("is empty without any point", () => {
    expect(isEmptySeries(buildSeriesRows({ observations: [] }))).toBe(true);
  });
});
