import { describe, expect, it } from "vitest";
import { hasOtherPlans, planMarkers, type PlanTargetInput } from "@/lib/plans/plan-markers";

const p2016 = { slug: "chengyu-2016", short: { zh: "2016年规划", en: "2016 plan" }, issueYear: 2016 };
const p2021 = { slug: "chengyu-2021", short: { zh: "2021年规划", en: "2021 plan" }, issueYear: 2021 };
const target = (plan: typeof p2016, region: string, year: number, value: number, kind: PlanTargetInput["kind"] = "level"): PlanTargetInput => ({
  plan,
  region,
  year,
  value,
  type: "min",
  kind,
});

describe("planMarkers", () => {
  const targets = [
    target(p2021, "500101", 2025, 170),
    target(p2016, "500101", 2020, 150),
    target(p2016, "500101", 2030, 190),
    target(p2016, "510500", 2020, 200),
    target(p2021, "500101", 2025, 900, "cumulative"),
  ];

  it("puts every plan's targets of the region on one time line, labelled with plan and year", () => {
    expect(planMarkers(targets, "500101", "chengyu-2021")).toEqual([
      { plan: "chengyu-2016", label: { zh: "2016年规划 · 2020年", en: "2016 plan · 2020" }, year: 2020, value: 150, type: "min", current: false, slot: 0 },
      { plan: "chengyu-2021", label: { zh: "2021年规划 · 2025年", en: "2021 plan · 2025" }, year: 2025, value: 170, type: "min", current: true, slot: 1 },
      { plan: "chengyu-2016", label: { zh: "2016年规划 · 2030年", en: "2016 plan · 2030" }, year: 2030, value: 190, type: "min", current: false, slot: 0 },
    ]);
  });

  it("leaves out other regions and cumulative sums; one plan alone has no other plans", () => {
    const only = planMarkers(targets, "510500", "chengyu-2016");
    expect(only.map((m) => [m.plan, m.year, m.slot, m.current])).toEqual([["chengyu-2016", 2020, 0, true]]);
    expect(hasOtherPlans(only)).toBe(false);
    expect(hasOtherPlans(planMarkers(targets, "500101", "chengyu-2016"))).toBe(true);
    expect(planMarkers(targets, "511300", "chengyu-2016")).toEqual([]);
  });
});
