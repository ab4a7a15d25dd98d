import { describe, expect, it } from "vitest";
import { buildSeriesRows, isEmptySeries } from "@/lib/reports/chart-series";
import { groupCharts } from "@/lib/reports/chart-groups";

describe("buildSeriesRows", () => {
  it("merges actual, trajectory, projection and target by year; missing years are null rows (gaps)", () => {
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
    const gap = (year: number) => ({ year, actual: null, flagged: false, trajectory: null, projection: null, target: null });
    expect(rows).toEqual([
      { year: 2014, actual: 111.59, flagged: true, trajectory: 111.59, projection: null, target: null },
      gap(2015),
      gap(2016),
      gap(2017),
      { year: 2018, actual: 161.97, flagged: false, trajectory: null, projection: 161.97, target: null },
      gap(2019),
      { year: 2020, actual: null, flagged: false, trajectory: 200, projection: 190, target: 200 },
    ]);
    expect(isEmptySeries(rows)).toBe(false);
  });

  it("is empty without any point", () => {
    expect(isEmptySeries(buildSeriesRows({ observations: [] }))).toBe(true);
  });
});

describe("groupCharts", () => {
  it("makes one group per indicator × region: targets first, then pairs with figures only", () => {
    const fig = (indicator: string, adcode: string, year: number) => ({ indicator, region: { adcode }, year, value: 1, flags: [] });
    const st = (indicator: string, adcode: string, targetYear: number) => ({ indicator, region: { adcode }, targetYear });
    const groups = groupCharts([fig("gdp", "CHENGYU", 2017), fig("pop", "510500", 2018), fig("pop", "510500", 2014)], [st("pop", "510500", 2030), st("pop", "510500", 2020)]);
    expect(groups.map((g) => [g.key, g.figures.map((f) => f.year), g.statuses.map((s) => s.targetYear)])).toEqual([
      ["pop:510500", [2014, 2018], [2020, 2030]],
      ["gdp:CHENGYU", [2017], []],
    ]);
  });
});
