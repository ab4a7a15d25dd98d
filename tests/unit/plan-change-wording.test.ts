import { describe, expect, it } from "vitest";
import { changeWording, type ChangeTarget } from "@/lib/plans/change-wording";

const t = (kind: ChangeTarget["kind"], type: ChangeTarget["type"], rate: number | null, value = 0, unit = "万人"): ChangeTarget => ({
  kind,
  type,
  rate,
  value,
  unit,
});

describe("the 年均增长/累计 column", () => {
  it.each([
    [t("growth_rate", "approx", 6), "年均增长6%左右", "average annual growth of about 6%"],
    [t("growth_rate", "min", 6.5), "年均增长6.5%以上", "average annual growth of at least 6.5%"],
    [t("growth_rate", "max", 3), "年均增长不超过3%", "average annual growth of at most 3%"],
    [t("growth_rate", "approx", -2), "年均下降2%左右", "average annual fall of about 2%"],
    [t("reduction", "min", 13.5), "累计降低13.5%", "cumulative fall of 13.5%"],
    [t("reduction", "approx", 18), "累计降低18%左右", "cumulative fall of about 18%"],
    [t("reduction", "max", 10), "累计降低不超过10%", "cumulative fall of at most 10%"],
    [t("cumulative", "min", null, 500), "累计500 万人以上", "cumulative total of at least 5 million people"],
    [t("cumulative", "approx", null, 1200), "累计1,200 万人左右", "cumulative total of about 12 million people"],
  ])("%o", (target, zh, en) => {
    expect(changeWording(target, "zh")).toBe(zh);
    expect(changeWording(target, "en")).toBe(en);
  });

  it("says nothing for a level target or a rate target without its rate", () => {
    expect(changeWording(t("level", "min", null, 150), "zh")).toBeNull();
    expect(changeWording(t("growth_rate", "min", null), "en")).toBeNull();
  });
});
