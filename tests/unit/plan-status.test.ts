import { describe, expect, it } from "vitest";
import { planShortName, planStatus } from "@/lib/plans/plan-status";

describe("planStatus", () => {
  const p2016 = { periodStart: 2016, periodEnd: 2020 };
  it.each([
    [2015, "upcoming"],
    [2016, "in_force"],
    [2018, "in_force"],
    [2020, "in_force"], // the last year of the period is still in force
    [2021, "ended"],
    [2026, "ended"],
  ] as const)("2016–2020 in %i → %s", (year, expected) => {
    expect(planStatus(p2016, year)).toBe(expected);
  });
  it("a 2021–2025 plan has ended in 2026", () => expect(planStatus({ periodStart: 2021, periodEnd: 2025 }, 2026)).toBe("ended"));
});

describe("planShortName", () => {
  const all = [
    { slug: "chengyu-2016", issueYear: 2016 },
    { slug: "chengyu-2021", issueYear: 2021 },
  ];
  it("names a plan by its issue year", () => {
    expect(planShortName(all[0]!, all)).toEqual({ zh: "2016年规划", en: "2016 plan" });
    expect(planShortName(all[1]!, all)).toEqual({ zh: "2021年规划", en: "2021 plan" });
  });
  it("adds the slug to the later plans of a shared year; the first keeps its name", () => {
    const both = [...all, { slug: "sichuan-2021", issueYear: 2021 }];
    expect(planShortName(both[1]!, both)).toEqual({ zh: "2021年规划", en: "2021 plan" });
    expect(planShortName(both[2]!, both)).toEqual({ zh: "2021年规划（sichuan-2021）", en: "2021 plan (sichuan-2021)" });
  });
});
