// Early-warning rules, on hand-written evaluated targets.
import { describe, expect, it } from "vitest";
import { evaluateWarnings, warningKinds, type WarningTarget } from "@/lib/warnings/rules";

const base: WarningTarget = {
  targetId: 1,
  indicator: "urban_population",
  indicatorNameZh: "城区常住人口",
  indicatorNameEn: "Urban population",
  unitLabel: { zh: "万人", en: "10k persons" },
  region: { adcode: "510100", nameZh: "成都市", nameEn: "Chengdu" },
  targetYear: 2030,
  targetValue: 200,
  targetType: "min",
  status: "on_track",
  latest: { year: 2024, value: 150 },
  completion: 0.5,
  timeShare: 0.55,
  lagPp: 5,
  limit: null,
  observations: [
    { year: 2018, value: 120 },
    { year: 2019, value: 125 },
    { year: 2020, value: 130 },
    { year: 2022, value: 140 },
    { year: 2023, value: 145 },
    { year: 2024, value: 150 },
  ],
  leadUnit: { id: 3, nameZh: "市统计局", nameEn: "City Statistics Bureau" },
};
const opts = { evaluationYear: 2026 };

describe("warningKinds", () => {
  it.each<[string, Partial<WarningTarget>, number, string[]]>([
    ["on track, fresh data: nothing", {}, 2026, []],
    ["off track", { status: "off_track" }, 2026, ["off_track"]],
    ["at risk", { status: "at_risk" }, 2026, ["at_risk"]],
    ["latest 2024 in 2026: 2 years, not stale", {}, 2026, []],
    ["latest 2023 in 2026: 3 years, stale", { latest: { year: 2023, value: 145 } }, 2026, ["no_data"]],
    ["no figure at all", { latest: null, status: "no_data" }, 2026, ["no_data"]],
    ["target year passed, judged on data: no no_data", { targetYear: 2025, status: "not_achieved" }, 2026, []],
    ["target year passed without data", { targetYear: 2020, status: "no_data", latest: { year: 2017, value: 1 } }, 2026, ["no_data"]],
    [
      "max, crossing in 2027.5 before 2030",
      { targetType: "max", status: "on_track", limit: { side: "ceiling", crossing: { kind: "before_target", year: 2027.5 } } },
      2026,
      ["cap_crossing"],
    ],
    ["max, crossing after the target year", { targetType: "max", limit: { side: "ceiling", crossing: { kind: "after_target", year: 2034 } } }, 2026, []],
    [
      "max at risk and crossing: both",
      { targetType: "max", status: "at_risk", limit: { side: "ceiling", crossing: { kind: "before_target", year: 2028 } } },
      2026,
      ["at_risk", "cap_crossing"],
    ],
    [
      "max already due: no projection warning",
      { targetType: "max", targetYear: 2025, status: "exceeded", limit: { side: "ceiling", crossing: { kind: "breached", year: null } } },
      2026,
      [],
    ],
  ])("%s", (_name, patch, evaluationYear, kinds) => {
    expect(warningKinds({ ...base, ...patch }, { evaluationYear })).toEqual(kinds);
  });

  it("staleYears is configurable", () => {
    expect(warningKinds(base, { evaluationYear: 2026, staleYears: 1 })).toEqual(["no_data"]);
  });
});

describe("evaluateWarnings", () => {
  it("writes the arithmetic and the last five values, with the lead unit", () => {
    const [w] = evaluateWarnings([{ ...base, status: "off_track", completion: 0.3, timeShare: 0.625, lagPp: 32.5 }], opts);
    expect(w!.kind).toBe("off_track");
    expect(w!.sentence.zh).toBe("完成度 30.0%，时间进度 62.5%，滞后 32.5 个百分点：严重滞后。");
    expect(w!.sentence.en).toBe("Completion 30.0% against 62.5% of the time elapsed, 32.5 pp behind: off track.");
    expect(w!.trend.map((p) => p.year)).toEqual([2019, 2020, 2022, 2023, 2024]);
    expect(w!.leadUnit?.nameZh).toBe("市统计局");
  });

  it("names the year a cap is crossed (rounded up)", () => {
    const [w] = evaluateWarnings(
      [{ ...base, targetType: "max", targetValue: 160, limit: { side: "ceiling", crossing: { kind: "before_target", year: 2026.2 } } }],
      opts,
    );
    expect(w!.sentence.zh).toBe("上限 160万人（2030年），最新2024年为 150万人；按当前速度预计2027年突破上限，不晚于目标年。");
    expect(w!.sentence.en).toBe(
      "Cap 160 10k persons (2030); latest 150 10k persons (2024); at the current pace the cap is crossed in 2027, by the target year.",
    );
  });

  it("says how old the latest figure is", () => {
    const [w] = evaluateWarnings([{ ...base, latest: { year: 2022, value: 140 } }], opts);
    expect(w!.sentence.en).toBe("The latest figure is for 2022 (4 years ago); no figure for the target year 2030 is in sight.");
    const [p] = evaluateWarnings([{ ...base, targetYear: 2020, status: "no_data" }], opts);
    expect(p!.sentence.zh).toBe("目标年2020年已过，尚无可用于终期评估的数据。");
  });
});
