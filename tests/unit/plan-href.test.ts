import { describe, expect, it } from "vitest";
import { hrefWithPlan, planInPath, switchPlanHref } from "@/lib/plans/plan-href";

describe("switchPlanHref", () => {
  it.each([
    ["/progress", "", "chengyu-2021", "/progress?plan=chengyu-2021"],
    ["/progress", "?asOf=2020-12-31&plan=chengyu-2016", "chengyu-2021", "/progress?asOf=2020-12-31&plan=chengyu-2021"],
    ["/progress/indicators/gdp", "?map=gdp", "chengyu-2016", "/progress/indicators/gdp?map=gdp&plan=chengyu-2016"],
    ["/plans/chengyu-2016", "", "chengyu-2021", "/plans/chengyu-2021"],
    ["/plans", "", "chengyu-2021", "/plans?plan=chengyu-2021"],
  ])("%s%s → %s", (path, search, slug, expected) => expect(switchPlanHref(path, search, slug)).toBe(expected));
});

describe("hrefWithPlan", () => {
  it.each([
    ["/entry", null, "/entry"],
    ["/entry", "chengyu-2021", "/entry?plan=chengyu-2021"],
    ["/progress?asOf=2020-12-31", "chengyu-2021", "/progress?asOf=2020-12-31&plan=chengyu-2021"],
    ["/progress/indicators/gdp#r-CHENGYU", "chengyu-2021", "/progress/indicators/gdp?plan=chengyu-2021#r-CHENGYU"],
  ])("%s with %s → %s", (href, plan, expected) => expect(hrefWithPlan(href, plan)).toBe(expected));
});

describe("planInPath", () => {
  it.each([
    ["/plans/chengyu-2021", "chengyu-2021"],
    ["/plans/chengyu-2021/indicators.xlsx", "chengyu-2021"],
    ["/plans", null],
    ["/progress", null],
  ])("%s → %s", (path, expected) => expect(planInPath(path)).toBe(expected));
});
