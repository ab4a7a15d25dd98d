import { describe, expect, it } from "vitest";
import { buildStatusRows, type ExportStatus } from "@/lib/reports/status-rows";
import { impliedLevelText, statedTarget } from "@/lib/reports/target-terms";

const TYPES = { min: "不低于", max: "不高于", approx: "左右" };
const status = (over: Partial<ExportStatus>): ExportStatus => ({
  region: { adcode: "CHENGYU", nameZh: "成渝城市群", nameEn: "Chengdu–Chongqing" },
  indicator: { code: "gdp", nameZh: "地区生产总值", nameEn: "GDP" },
  targetYear: 2027,
  targetValue: 100412.4268,
  targetType: "min",
  unit: "亿元",
  basis: { year: 2024, value: 87000 },
  completion: 0.6415,
  timeShare: 0.625,
  lagPp: -1.65,
  status: "on_track",
  ...over,
});

describe("exports state rate targets by their rate, the implied level as implied", () => {
  it.each([
    // kind, type, rate, zh, en
    ["growth_rate", "min", 6, "年均增长 ≥6%", "≥ 6 % a year"],
    ["growth_rate", "max", 7.5, "年均增长 ≤7.5%", "≤ 7.5 % a year"],
    ["growth_rate", "approx", 6, "年均增长 6%左右", "about 6 % a year"],
    ["reduction", "min", 13.5, "降低 ≥13.5%", "a fall of ≥ 13.5 %"],
    ["reduction", "approx", 15, "降低 15%左右", "a fall of about 15 %"],
  ])("%s %s %s %% → %s / %s", (kind, targetType, rate, zh, en) => {
    const s = status({ kind, targetType, rate });
    const [rowZh] = buildStatusRows([s], "zh", TYPES);
    const [rowEn] = buildStatusRows([s], "en", TYPES);
    expect(rowZh!.target).toBe(zh);
    expect(rowEn!.target).toBe(en);
    // the derived level is not presented as the plan's target value
    expect(rowZh!.target_value).toBeNull();
    expect(rowZh!.implied_level).toBe(100412.4268);
  });

  it("level and cumulative targets keep their value as the target", () => {
    const [level] = buildStatusRows([status({ kind: "level", targetValue: 150, unit: "万人" })], "zh", TYPES);
    expect([level!.target, level!.target_value, level!.implied_level]).toEqual(["≥150 万人", 150, null]);
    const [cum] = buildStatusRows([status({ kind: "cumulative", targetValue: 500, unit: "万人" })], "en", TYPES);
    expect([cum!.target, cum!.target_value, cum!.implied_level]).toEqual(["cumulative ≥ 5 million people", 500, null]);
    // a status without a kind (older callers) reads as a level
    const [plain] = buildStatusRows([status({ targetValue: 150, unit: "万人" })], "zh", TYPES);
    expect(plain!.target_value).toBe(150);
  });

  it("the report table labels the implied level as derived", () => {
    const s = { kind: "growth_rate", targetType: "min", rate: 6, targetValue: 100412.4268, unit: "亿元" };
    expect(statedTarget(s, "zh")).toBe("年均增长 ≥6%");
    expect(impliedLevelText(s, "zh")).toBe("隐含水平 100,412.43 亿元（推算）");
    expect(impliedLevelText({ ...s, kind: "level" }, "zh")).toBeNull();
  });
});
