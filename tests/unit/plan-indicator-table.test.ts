import { describe, expect, it } from "vitest";
import { buildIndicatorTable, type TableEntry } from "@/lib/plans/indicator-table";

const entry = (targetId: number, indicator: string, region: string, over: Partial<TableEntry> = {}): TableEntry => ({
  targetId,
  indicator,
  indicatorNameZh: indicator,
  indicatorNameEn: indicator,
  unit: "%",
  region: { adcode: region, nameZh: region, nameEn: region },
  targetYear: 2025,
  targetValue: 66,
  targetType: "approx",
  kind: "level",
  rate: null,
  baseline: null,
  latest: null,
  status: "on_track",
  completion: null,
  ...over,
});

const goals = (key: string, sortOrder: number) => ({ key, titleZh: `目标${key}`, titleEn: `Goal ${key}`, sortOrder });

describe("buildIndicatorTable", () => {
  it("keeps the whole-area targets, grouped by their first goal in plan order", () => {
    const groups = buildIndicatorTable({
      entries: [
        entry(1, "urbanization_rate", "CHENGYU"),
        entry(2, "gdp", "CHENGYU"),
        entry(3, "urban_population", "500101"),
        entry(4, "rd_intensity", "CHENGYU"),
      ],
      clusterCode: "CHENGYU",
      attributes: new Map([
        ["urbanization_rate", "expected"],
        ["gdp", null],
      ]),
      goalsByTarget: new Map([
        [1, [goals("b", 5), goals("a", 2)]],
        [2, [goals("b", 5)]],
      ]),
    });
    expect(groups.map((g) => [g.key, g.title?.en ?? null, g.rows.map((r) => [r.targetId, r.attribute, r.wholeArea])])).toEqual([
      ["a", "Goal a", [[1, "expected", true]]],
      ["b", "Goal b", [[2, null, true]]],
      ["", null, [[4, null, true]]],
    ]);
  });

  it("shows every target, naming its region, when the plan has no whole-area target", () => {
    const groups = buildIndicatorTable({
      entries: [entry(3, "urban_population", "500101"), entry(5, "urban_population", "510500")],
      clusterCode: "CHENGYU",
      attributes: new Map([["urban_population", "expected"]]),
      goalsByTarget: new Map(),
    });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.rows.map((r) => [r.region.adcode, r.wholeArea, r.attribute])).toEqual([
      ["500101", false, "expected"],
      ["510500", false, "expected"],
    ]);
  });
});
