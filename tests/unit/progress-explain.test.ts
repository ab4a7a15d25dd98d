// Explanation sentences (zh + en), built through evaluateTarget so the text is checked
// against the same numbers the status comes from.

import { describe, expect, it } from "vitest";
import { evaluateTarget } from "@/lib/progress/evaluate";
import { formatFraction, formatSignedPct, formatPlainNumber } from "@/lib/progress/format";
import type { ObservationFlag, ProgressInput, TargetType, Thresholds } from "@/lib/progress/types";

const PEOPLE = { zh: "万人", en: "万人" };
const AREA = { zh: "平方公里", en: "km²" };

function run(opts: {
  type?: TargetType;
  target?: [number, number];
  baseline?: [number, number];
  obs: [number, number, ObservationFlag[]?][];
  evaluationYear: number;
  unit?: ProgressInput["unit"];
  tolerancePct?: number;
  thresholds?: Partial<Thresholds>;
}) {
  const [year, value] = opts.target ?? [2020, 200];
  return evaluateTarget({
    target: {
      year,
      value,
      type: opts.type ?? "min",
      tolerancePct: opts.tolerancePct,
      baseline: opts.baseline ? { year: opts.baseline[0], value: opts.baseline[1] } : null,
    },
    plan: { baseYear: 2014, startYear: 2016, outlookYear: 2030, thresholds: opts.thresholds },
    observations: opts.obs.map(([y, v, flags]) => ({ year: y, value: v, flags: flags ?? [] })),
    evaluationYear: opts.evaluationYear,
    unit: opts.unit ?? PEOPLE,
  });
}

describe("the 泸州 example (exact text)", () => {
  it("min 200 万人 by 2020, 2014 = 111.59, 2018 = 161.97, evaluated in 2019", () => {
    const r = run({
      obs: [
        [2014, 111.59],
        [2018, 161.97],
      ],
      evaluationYear: 2019,
    });
    expect(r.explanation.zh).toBe(
      "基期2014年111.59万人 → 目标2020年200万人；2018年161.97万人；完成57.0%，时间进度66.7%，滞后9.7个百分点 → 绿（在序时进度容差内）",
    );
    expect(r.explanation.en).toBe(
      "Baseline 2014: 111.59 万人 → target 2020: 200 万人; 2018: 161.97 万人; 57.0% complete, 66.7% of time elapsed, 9.7 pp behind schedule → green (within schedule tolerance)",
    );
    expect(r.status).toBe("on_track");
    expect(r.completion).toBeCloseTo(0.569845, 6); // 50.38 / 88.41
    expect(r.timeShare).toBeCloseTo(4 / 6, 10);
    expect(r.lagPp).toBeCloseTo(9.6821627, 6);
    expect(r.caveats).toEqual([]);
  });

  it("with the flags the seed data carry, the same sentence gains the caveats", () => {
    const r = run({
      obs: [
        [2014, 111.59, ["low_confidence"]],
        [2018, 161.97, ["definition_differs"]],
      ],
      evaluationYear: 2019,
    });
    expect(r.caveats).toEqual(["definition_differs", "low_confidence"]);
    expect(r.explanation.zh).toBe(
      "基期2014年111.59万人 → 目标2020年200万人；2018年161.97万人；完成57.0%，时间进度66.7%，滞后9.7个百分点 → 绿（在序时进度容差内）；注：口径不一致、数据可信度低",
    );
    expect(r.explanation.en.endsWith("→ green (within schedule tolerance); note: definition differs from the plan's, low-confidence source")).toBe(true);
  });
});

describe("schedule sentences, one per status (baseline 2014 = 100, target 2020, latest 2017: 50 % of time)", () => {
  it.each([
    // type, target, latest value, zh, en
    [
      "min",
      200,
      150,
      "完成50.0%，时间进度50.0%，与序时进度持平 → 绿（在序时进度容差内）",
      "50.0% complete, 50.0% of time elapsed, on schedule → green (within schedule tolerance)",
    ],
    [
      "min",
      200,
      170,
      "完成70.0%，时间进度50.0%，超前20.0个百分点 → 绿（在序时进度容差内）",
      "70.0% complete, 50.0% of time elapsed, 20.0 pp ahead of schedule → green (within schedule tolerance)",
    ],
    [
      "min",
      200,
      130,
      "完成30.0%，时间进度50.0%，滞后20.0个百分点 → 黄（滞后超过10个百分点）",
      "30.0% complete, 50.0% of time elapsed, 20.0 pp behind schedule → yellow (more than 10 pp behind schedule)",
    ],
    [
      "min",
      200,
      110,
      "完成10.0%，时间进度50.0%，滞后40.0个百分点 → 红（滞后超过30个百分点）",
      "10.0% complete, 50.0% of time elapsed, 40.0 pp behind schedule → red (more than 30 pp behind schedule)",
    ],
    [
      "min",
      200,
      210,
      "完成110.0%，时间进度50.0%，超前60.0个百分点 → 绿（已达到目标）",
      "110.0% complete, 50.0% of time elapsed, 60.0 pp ahead of schedule → green (target already reached)",
    ],
    [
      "max",
      200,
      150,
      "已用允许增量的50.0%，时间进度50.0% → 绿（额度使用在容差内）",
      "50.0% of the allowed increase used, 50.0% of time elapsed → green (use of the allowance within margin)",
    ],
    [
      "max",
      200,
      180,
      "已用允许增量的80.0%，时间进度50.0% → 黄（额度使用快于时间进度超过10个百分点）",
      "80.0% of the allowed increase used, 50.0% of time elapsed → yellow (allowance used more than 10 pp ahead of time)",
    ],
    ["max", 200, 217.58, "超出上限17.58万人 → 红（超出上限）", "17.58 万人 above the ceiling → red (ceiling exceeded)"],
    [
      "min",
      50,
      60,
      "已用允许降幅的80.0%，时间进度50.0% → 黄（额度使用快于时间进度超过10个百分点）",
      "80.0% of the allowed decrease used, 50.0% of time elapsed → yellow (allowance used more than 10 pp ahead of time)",
    ],
    ["min", 50, 45, "低于下限5万人 → 红（低于下限）", "5 万人 below the floor → red (below the floor)"],
    ["min", 100, 90, "目标值与基期值相同，完成度无定义 → 红（低于目标）", "target equals baseline, completion undefined → red (below the target)"],
    ["max", 100, 90, "目标值与基期值相同，完成度无定义 → 绿（未超过上限）", "target equals baseline, completion undefined → green (within the ceiling)"],
  ] as const)("%s %d, 2017 = %d", (type, target, value, zh, en) => {
    const r = run({
      type,
      target: [2020, target],
      obs: [
        [2014, 100],
        [2017, value],
      ],
      evaluationYear: 2018,
    });
    expect(r.explanation.zh.split("；").slice(2).join("；")).toBe(zh);
    expect(r.explanation.en.split("; ").slice(2).join("; ")).toBe(en);
  });

  // (149.5 − 113.17) / (150 − 113.17) = 36.33 / 36.83 = 98.6 %
  it("ceiling sentence in full, with the unit label from the input", () => {
    const r = run({
      type: "max",
      target: [2020, 150],
      obs: [
        [2014, 113.17],
        [2017, 149.5],
      ],
      evaluationYear: 2018,
      unit: AREA,
    });
    expect(r.explanation.zh).toBe(
      "基期2014年113.17平方公里 → 目标2020年不超过150平方公里；2017年149.5平方公里；已用允许增量的98.6%，时间进度50.0% → 黄（额度使用快于时间进度超过10个百分点）",
    );
    expect(r.explanation.en).toBe(
      "Baseline 2014: 113.17 km² → target 2020: at most 150 km²; 2017: 149.5 km²; 98.6% of the allowed increase used, 50.0% of time elapsed → yellow (allowance used more than 10 pp ahead of time)",
    );
  });

  it("approx: band in the target phrase; within band and overshoot", () => {
    const within = run({
      type: "approx",
      tolerancePct: 5,
      obs: [
        [2014, 100],
        [2017, 195],
      ],
      evaluationYear: 2018,
    });
    expect(within.explanation.zh).toBe(
      "基期2014年100万人 → 目标2020年200万人左右（±5%）；2017年195万人；完成95.0%，时间进度50.0%，超前45.0个百分点 → 绿（已在目标区间内）",
    );
    const over = run({
      type: "approx",
      tolerancePct: 5,
      obs: [
        [2014, 100],
        [2017, 220],
      ],
      evaluationYear: 2018,
    });
    expect(over.explanation.en).toBe(
      "Baseline 2014: 100 万人 → target 2020: about 200 万人 (±5%); 2017: 220 万人; 120.0% complete, 50.0% of time elapsed, 70.0 pp ahead of schedule → yellow (beyond the target band)",
    );
  });

  it("per-plan thresholds appear in the reason", () => {
    const r = run({
      obs: [
        [2014, 100],
        [2017, 140],
      ],
      evaluationYear: 2018,
      thresholds: { onTrackLagPp: 5 },
    });
    expect(r.explanation.zh.endsWith("滞后10.0个百分点 → 黄（滞后超过5个百分点）")).toBe(true);
  });
});

describe("no baseline / no data sentences", () => {
  it.each([
    [
      "no baseline",
      { obs: [[2018, 150]] as [number, number][] },
      "目标2020年200万人；2018年150万人；无基期值，无法计算序时进度 → 灰（缺基期）",
      "Target 2020: 200 万人; 2018: 150 万人; no baseline, schedule cannot be computed → grey (no baseline)",
    ],
    [
      "no baseline, already reached",
      { obs: [[2018, 210]] as [number, number][] },
      "目标2020年200万人；2018年210万人 → 绿（已达到目标）",
      "Target 2020: 200 万人; 2018: 210 万人 → green (target already reached)",
    ],
    [
      "no observations",
      { obs: [] as [number, number][] },
      "目标2020年200万人；暂无观测数据 → 灰（无数据）",
      "Target 2020: 200 万人; no observations yet → grey (no data)",
    ],
    [
      "baseline from the target, no observations",
      { obs: [] as [number, number][], baseline: [2014, 111.59] as [number, number] },
      "基期2014年111.59万人 → 目标2020年200万人；暂无观测数据 → 灰（无数据）",
      "Baseline 2014: 111.59 万人 → target 2020: 200 万人; no observations yet → grey (no data)",
    ],
    [
      "only the baseline observation",
      { obs: [[2014, 111.59]] as [number, number][] },
      "基期2014年111.59万人 → 目标2020年200万人；2014年111.59万人；基期后暂无观测数据 → 灰（无数据）",
      "Baseline 2014: 111.59 万人 → target 2020: 200 万人; 2014: 111.59 万人; no observation after the baseline year → grey (no data)",
    ],
  ])("%s", (_label, opts, zh, en) => {
    const r = run({ ...opts, evaluationYear: 2019 });
    expect(r.explanation).toEqual({ zh, en });
  });
});

describe("final-evaluation sentences", () => {
  it.each([
    // label, type, target, observations, unit, zh, en
    [
      "绵阳 population (min)",
      "min",
      200,
      [[2020, 141.97]],
      PEOPLE,
      "2020年目标200万人；2020年实际141.97万人，差58.03万人 → 未完成",
      "Target 2020: 200 万人; actual 2020: 141.97 万人, 58.03 万人 short → Not achieved",
    ],
    [
      "min achieved",
      "min",
      200,
      [[2020, 210]],
      PEOPLE,
      "2020年目标200万人；2020年实际210万人，达到目标 → 已完成",
      "Target 2020: 200 万人; actual 2020: 210 万人, target reached → Achieved",
    ],
    [
      "绵阳 land (ceiling exceeded)",
      "max",
      150,
      [[2020, 167.58]],
      AREA,
      "2020年上限150平方公里；2020年实际167.58平方公里，超出上限17.58平方公里 → 超出上限",
      "Ceiling 2020: 150 km²; actual 2020: 167.58 km², 17.58 km² above the ceiling → Exceeded (ceiling)",
    ],
    [
      "ceiling kept",
      "max",
      150,
      [[2020, 140]],
      AREA,
      "2020年上限150平方公里；2020年实际140平方公里，低于上限10平方公里 → 控制在上限内",
      "Ceiling 2020: 150 km²; actual 2020: 140 km², 10 km² below the ceiling → Within the ceiling",
    ],
    [
      "exactly at the ceiling",
      "max",
      150,
      [[2020, 150]],
      AREA,
      "2020年上限150平方公里；2020年实际150平方公里，恰好等于上限 → 控制在上限内",
      "Ceiling 2020: 150 km²; actual 2020: 150 km², exactly at the ceiling → Within the ceiling",
    ],
    [
      "approx within band",
      "approx",
      200,
      [[2020, 195]],
      PEOPLE,
      "2020年目标200万人左右（±5%）；2020年实际195万人，较目标-2.5% → 已完成",
      "Target 2020: about 200 万人 (±5%); actual 2020: 195 万人, -2.5% vs target → Achieved",
    ],
    [
      "approx outside band",
      "approx",
      200,
      [[2020, 215]],
      PEOPLE,
      "2020年目标200万人左右（±5%）；2020年实际215万人，较目标+7.5% → 未完成",
      "Target 2020: about 200 万人 (±5%); actual 2020: 215 万人, +7.5% vs target → Not achieved",
    ],
    [
      "T missing: T−1 used",
      "min",
      200,
      [
        [2019, 141.97],
        [2021, 150],
      ],
      PEOPLE,
      "2020年目标200万人；2019年实际141.97万人（2020年无数据，采用2019年），差58.03万人 → 未完成",
      "Target 2020: 200 万人; actual 2019: 141.97 万人 (no data for 2020; 2019 used), 58.03 万人 short → Not achieved",
    ],
    [
      "T and T−1 missing: T+1 used",
      "min",
      200,
      [[2021, 201]],
      PEOPLE,
      "2020年目标200万人；2021年实际201万人（2020年无数据，采用2021年），达到目标 → 已完成",
      "Target 2020: 200 万人; actual 2021: 201 万人 (no data for 2020; 2021 used), target reached → Achieved",
    ],
    [
      "nothing within ±1 year",
      "min",
      200,
      [
        [2018, 150],
        [2022, 210],
      ],
      PEOPLE,
      "2020年目标200万人；2019—2021年均无观测数据 → 无数据",
      "Target 2020: 200 万人; no observation for 2019–2021 → No data",
    ],
  ] as const)("%s", (_label, type, target, obs, unit, zh, en) => {
    const r = run({ type, target: [2020, target], tolerancePct: 5, obs: obs.map(([y, v]) => [y, v]), evaluationYear: 2023, unit });
    expect(r.explanation).toEqual({ zh, en });
  });

  it("with a baseline, the final sentence opens with it and prints the result's completion (one number everywhere)", () => {
    // 泸州-like: baseline 2014 = 111.59, target 200, actual 2020 = 141.97 → (141.97 − 111.59) / (200 − 111.59) = 34.4 %
    const r = run({
      obs: [
        [2014, 111.59],
        [2020, 141.97],
        [2021, 150],
      ],
      evaluationYear: 2022,
    });
    expect(r.completion).toBeCloseTo(30.38 / 88.41, 10);
    expect(r.explanation.zh).toBe("基期2014年111.59万人 → 2020年目标200万人；2020年实际141.97万人，完成度34.4%，差58.03万人 → 未完成");
    expect(r.explanation.en).toBe(
      "Baseline 2014: 111.59 万人 → target 2020: 200 万人; actual 2020: 141.97 万人, 34.4% complete, 58.03 万人 short → Not achieved",
    );
    // the status rests on 2020, not on the later 2021 figure
    expect(r.basis).toEqual({ year: 2020, value: 141.97, flags: [] });
    expect(r.latest?.year).toBe(2021);
  });

  it("a ceiling's final sentence words its completion as the allowance used", () => {
    const r = run({
      type: "max",
      target: [2020, 200],
      obs: [
        [2014, 150],
        [2020, 186.5],
      ],
      evaluationYear: 2022,
      unit: AREA,
    });
    expect(r.explanation.zh).toBe(
      "基期2014年150平方公里 → 2020年上限200平方公里；2020年实际186.5平方公里，已用允许增量的73.0%，低于上限13.5平方公里 → 控制在上限内",
    );
  });

  it("caveats come from the observation used for the final evaluation", () => {
    const r = run({ type: "max", target: [2020, 150], obs: [[2020, 167.58, ["definition_differs", "low_confidence"]]], evaluationYear: 2021, unit: AREA });
    expect(r.explanation.zh).toBe("2020年上限150平方公里；2020年实际167.58平方公里，超出上限17.58平方公里 → 超出上限；注：口径不一致、数据可信度低");
  });
});

describe("number formatting inside explanations", () => {
  it.each([
    [111.59, "111.59"],
    [200, "200"],
    [167.58 - 150, "17.58"], // floating-point tail removed
    [3.765, "3.765"],
    [1619700, "1619700"],
    [-0.00001, "0"],
    [1 / 3, "0.3333"],
  ])("formatPlainNumber(%d) → %s", (v, s) => expect(formatPlainNumber(v)).toBe(s));

  it.each([
    [0.569845, "57.0%"],
    [4 / 6, "66.7%"],
    [0.9995, "100.0%"],
    [-0.1, "-10.0%"],
  ])("formatFraction(%d) → %s", (v, s) => expect(formatFraction(v)).toBe(s));

  it.each([
    [2.5, "+2.5%"],
    [-2.5, "-2.5%"],
    [0.01, "0.0%"],
  ])("formatSignedPct(%d) → %s", (v, s) => expect(formatSignedPct(v)).toBe(s));
});
