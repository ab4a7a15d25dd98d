import { describe, expect, it } from "vitest";
import { groupCharts } from "@/lib/reports/chart-groups";

describe("groupCharts", () => {
  it("makes one group per indicator × region: targets first, then pairs with figures only", () => {
    const fig = (indicator: string, adcode: string, year: number) => ({ indicator, region: { adcode }, year, value: 1, flags: [] });
    const st = (indicator: string, adcode: string, targetYear: number) => ({ indicator, region: { adcode }, targetYear });
    const groups = groupCharts(
      [fig("gdp", "CHENGYU", 2017), fig("pop", "510500", 2018), fig("pop", "510500", 2014)],
      [st("pop", "510500", 2030), st("pop", "510500", 2020)],
    );
    expect(groups.map((g) => [g.key, g.figures.map((f) => f.year), g.statuses.map((s) => s.targetYear)])).toEqual([
      ["pop:510500", [2014, 2018], [2020, 2030]],
      ["gdp:CHENGYU", [2017], []],
    ]);
  });
});
