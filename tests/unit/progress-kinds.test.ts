// Target kinds (growth_rate, reduction, cumulative): every expected figure below was worked
// out by hand (noted beside it), not computed by the code under test.
import { describe, expect, it } from "vitest";
import { evaluateTarget } from "@/lib/progress/evaluate";
import { cumulativeLens, runningSum } from "@/lib/progress/cumulative";
import { impliedLevel, levelTolerancePct, levelType, rateWithinBand, realizedFallPct, realizedGrowthPct } from "@/lib/progress/kinds";
import type { ProgressInput, ProgressObservation, ProgressTarget } from "@/lib/progress/types";

const plan = { baseYear: 2019, startYear: 2021, outlookYear: 2035 };
const unit = { zh: "亿元", en: "亿元" };
const obs = (pairs: [number, number][]): ProgressObservation[] => pairs.map(([year, value]) => ({ year, value, flags: [] }));
const run = (target: ProgressTarget, observations: [number, number][], evaluationYear: number, p: ProgressInput["plan"] = plan) =>
  evaluateTarget({ target, plan: p, observations: obs(observations), evaluationYear, unit });

describe("impliedLevel", () => {
  it.each([
    // 63000 · 1.06^8: 1.06² = 1.1236, ^4 = 1.26247696, ^8 = 1.59384807… → 100412.43
    ["growth 6 %/yr 2019→2027", "growth_rate", { year: 2019, value: 63000 }, 6, 2027, 100412.43],
    // 63000 · 1.09^8: 1.09² = 1.1881, ^4 = 1.41158161, ^8 = 1.99256264… → 125531.45
    ["growth 9 %/yr 2019→2027", "growth_rate", { year: 2019, value: 63000 }, 9, 2027, 125531.45],
    // negative growth: 100 · 0.98^2 = 96.04
    ["growth −2 %/yr over 2 years", "growth_rate", { year: 2020, value: 100 }, -2, 2022, 96.04],
    // reduction: 0.5 · (1 − 0.135) = 0.4325
    ["fall of 13.5 %", "reduction", { year: 2020, value: 0.5 }, 13.5, 2025, 0.4325],
  ] as const)("%s", (_name, kind, baseline, rate, year, expected) => {
    expect(impliedLevel(kind, baseline, rate, year)).toBeCloseTo(expected, 2);
  });

  it.each([
    ["zero baseline (growth from 0 has no rate)", "growth_rate", { year: 2019, value: 0 }, 6, 2027],
    ["negative baseline", "reduction", { year: 2019, value: -5 }, 10, 2025],
    ["no baseline", "growth_rate", null, 6, 2027],
    ["no rate", "growth_rate", { year: 2019, value: 100 }, null, 2027],
    ["baseline year not before T (growth)", "growth_rate", { year: 2027, value: 100 }, 6, 2027],
  ] as const)("null: %s", (_name, kind, baseline, rate, year) => {
    expect(impliedLevel(kind, baseline, rate, year)).toBeNull();
  });
});

describe("levelType and the rate bands", () => {
  it.each([
    ["growth_rate", "min", "min"],
    ["growth_rate", "max", "max"],
    ["reduction", "min", "max"], // a fall of at least x % = a level of at most v_b(1−x)
    ["reduction", "max", "min"], // a fall of at most x % = a floor
    ["reduction", "approx", "approx"],
    ["level", "min", "min"],
  ] as const)("%s %s → level %s", (kind, type, expected) => {
    expect(levelType(kind, type)).toBe(expected);
  });

  it("maps a reduction's band exactly: 13.5 % ± 5 % → level 86.5 ± 0.675 = 0.78035 %", () => {
    // x·t/(1 − x) = 0.135 · 0.05 / 0.865 = 0.0078035 → 0.78035 %
    expect(levelTolerancePct("reduction", "approx", 13.5, 5, 5)).toBeCloseTo(0.78035, 4);
    expect(levelTolerancePct("reduction", "min", 13.5, 5, 5)).toBeNull();
  });

  it.each([
    [5.7, 6, 5, true], // lower edge of 6 ± 0.3 included
    [6.3, 6, 5, true], // upper edge included
    [5.69, 6, 5, false],
    [6.31, 6, 5, false],
    [5.5, 6, null, false], // default ± 5 % → 5.7 … 6.3
  ] as const)("rate %s within %s ± %s% → %s", (realized, rate, tol, expected) => {
    expect(rateWithinBand(realized, rate, tol)).toBe(expected);
  });

  it("realized rates", () => {
    // (87000/63000)^(1/5) − 1: ln 1.380952 = 0.322773, /5 = 0.0645546, e^ = 1.066684 → 6.6684 %
    expect(realizedGrowthPct({ year: 2019, value: 63000 }, { year: 2024, value: 87000 })).toBeCloseTo(6.6684, 3);
    expect(realizedGrowthPct({ year: 2019, value: 0 }, { year: 2024, value: 87000 })).toBeNull();
    expect(realizedGrowthPct({ year: 2019, value: 100 }, { year: 2019, value: 120 })).toBeNull();
    // (100 − 92)/100 = 8 %
    expect(realizedFallPct({ year: 2020, value: 100 }, { year: 2023, value: 92 })).toBeCloseTo(8, 10);
  });
});

describe("growth_rate targets", () => {
  const gdp = (rate: number, type: ProgressTarget["type"] = "min"): ProgressTarget => ({
    kind: "growth_rate",
    rate,
    type,
    year: 2027,
    value: 0,
    baseline: { year: 2019, value: 63000 },
  });

  it.each([
    // completion 24000/37412.43 = 0.64150, time share 5/8 = 0.625, lag 62.5 − 64.15 = −1.65 pp
    [6, 100412.43, 0.6415, -1.65, "on_track"],
    // completion 24000/62531.45 = 0.38381, lag 62.5 − 38.38 = 24.12 pp (10 < 24.12 ≤ 30)
    [9, 125531.45, 0.3838, 24.12, "at_risk"],
  ] as const)("GDP ≥ %s %/yr, 2024 = 87000 → implied %s, completion %s, lag %s pp, %s", (rate, implied, completion, lag, status) => {
    const r = run(
      gdp(rate),
      [
        [2019, 63000],
        [2024, 87000],
      ],
      2025,
    );
    expect(r.reading.kind).toBe("growth_rate");
    expect(r.reading.levelTarget).toBeCloseTo(implied, 1);
    expect(r.completion).toBeCloseTo(completion, 4);
    expect(r.timeShare).toBe(0.625);
    expect(r.lagPp).toBeCloseTo(lag, 2);
    expect(r.status).toBe(status);
    expect(r.reading.realizedRate).toBeCloseTo(6.6684, 3);
    expect(r.reading.realizedYear).toBe(2024);
  });

  it("walks its own arithmetic in zh and en", () => {
    const r = run(gdp(6), [[2024, 87000]], 2025);
    expect(r.explanation.zh).toBe(
      "基期2019年63000亿元 → 2019—2027年年均增长不低于6%（隐含2027年目标100412.4287亿元）；2024年87000亿元；完成64.1%，时间进度62.5%，超前1.6个百分点 → 绿（在序时进度容差内）",
    );
    expect(r.explanation.en).toBe(
      "Baseline 2019: 63000 亿元 → average growth 2019–2027 of at least 6%/yr (implies 2027: 100412.4287 亿元); 2024: 87000 亿元; 64.1% complete, 62.5% of time elapsed, 1.6 pp ahead of schedule → green (within schedule tolerance)",
    );
  });

  it("plans the compound path, not a straight line", () => {
    const r = run(gdp(6), [[2024, 87000]], 2025);
    expect(r.plannedTrajectory).toHaveLength(9);
    // 63000 · 1.06 = 66780; 63000 · 1.1236 = 70786.8
    expect(r.plannedTrajectory[1]).toEqual({ year: 2020, value: expect.closeTo(66780, 6) });
    expect(r.plannedTrajectory[2]!.value).toBeCloseTo(70786.8, 6);
  });

  it("lenses read the plan's rate as the required CAGR (6 %) and the actual one (6.67 %)", () => {
    const r = run(gdp(6), [[2024, 87000]], 2025);
    expect(r.lenses.cagrRequired).toBeCloseTo(0.06, 10);
    expect(r.lenses.cagrActual).toBeCloseTo(0.066684, 5);
    expect(r.lenses.statcan?.category).toBe("substantial"); // 6.67/6 = 1.11 ≥ 0.95
  });

  it.each([
    // 2027 = 100000: g = (100000/63000)^(1/8) − 1 = 5.9455 %; completion 37000/37412.43 = 0.98898 ≥ 0.95
    ["nearly achieved", [[2027, 100000]], "nearly_achieved", 2027, 0, 0.98898, 5.9455],
    // 2027 = 101000 ≥ 100412.43 → achieved; ln(101000/63000) = 0.471986, /8 = 0.0589982, e^ − 1 = 6.0774 %
    ["achieved", [[2027, 101000]], "achieved", 2027, 0, 1.0157, 6.0774],
    // 2027 = 90000: completion 27000/37412.43 = 0.72168 → not achieved; ln(90000/63000) = 0.356675, /8 = 0.0445844, e^ − 1 = 4.5593 %
    ["not achieved", [[2027, 90000]], "not_achieved", 2027, 0, 0.72168, 4.5593],
    // no 2027, 2026 = 95000 ≥ path(2026) = 63000 · 1.06^7 = 94728.71 → achieved on T−1;
    // g = (95000/63000)^(1/7) − 1 = 6.0434 %; completion 32000/31728.71 = 1.00855
    [
      "T−1 used when T is missing",
      [
        [2026, 95000],
        [2028, 1],
      ],
      "achieved",
      2026,
      -1,
      1.00855,
      6.0434,
    ],
  ] as [string, [number, number][], string, number, number, number, number][])("final: %s", (_n, data, status, year, offset, completion, g) => {
    const r = run(gdp(6), data, 2029);
    expect(r.status).toBe(status);
    expect(r.final?.year).toBe(year);
    expect(r.final?.yearOffset).toBe(offset);
    expect(r.completion).toBeCloseTo(completion, 4);
    expect(r.reading.realizedRate).toBeCloseTo(g, 3);
    expect(r.basis?.year).toBe(year);
  });

  it("final sentence says which year stood in for T and compares the rates", () => {
    const r = run(gdp(6), [[2026, 95000]], 2029);
    expect(r.explanation.zh).toBe(
      "基期2019年63000亿元 → 2019—2027年年均增长不低于6%（隐含2027年目标100412.4287亿元）；2026年实际95000亿元（2027年无数据，采用2026年），2019—2026年年均增长6.04%（规划6%），完成度100.9% → 已完成",
    );
    expect(r.explanation.en).toBe(
      "Baseline 2019: 63000 亿元 → average growth 2019–2027 of at least 6%/yr (implies 2027: 100412.4287 亿元); actual 2026: 95000 亿元 (no data for 2027; 2026 used), average growth 2019–2026 6.04%/yr (plan: 6%), 100.9% complete → Achieved",
    );
  });

  it.each([
    // about 5 % ± 5 % (4.75 … 5.25): b 2024 = 100, 2025 = 104.75 → g = 4.75 % exactly on the edge
    [104.75, "achieved"],
    [105.25, "achieved"],
    [104.7, "not_achieved"], // 4.70 %
    [105.3, "not_achieved"], // 5.30 %
  ])("approx growth final: 2025 = %s → %s", (value, status) => {
    const r = run({ kind: "growth_rate", rate: 5, type: "approx", year: 2025, value: 0, baseline: { year: 2024, value: 100 } }, [[2025, value]], 2026);
    expect(r.status).toBe(status);
  });

  it("negative growth against a growth goal: completion below zero → off track", () => {
    // implied 100 · 1.05^5 = 127.6282; completion (90 − 100)/27.6282 = −0.36195; share 2/5 → lag 40 + 36.195 = 76.195 pp
    const r = run({ kind: "growth_rate", rate: 5, type: "min", year: 2025, value: 0, baseline: { year: 2020, value: 100 } }, [[2022, 90]], 2023);
    expect(r.completion).toBeCloseTo(-0.36195, 4);
    expect(r.lagPp).toBeCloseTo(76.195, 2);
    expect(r.status).toBe("off_track");
    expect(r.reading.realizedRate).toBeCloseTo(-5.1317, 3); // 0.9^(1/2) − 1 = −0.051317
  });

  it("a cap on growth (at most 3 %/yr) is a ceiling: use of the allowance against time", () => {
    // implied 100 · 1.03^4 = 112.5509; used (108 − 100)/12.5509 = 0.63741; share 2/4 → 13.7 pp ahead > 10 → at risk
    const r = run({ kind: "growth_rate", rate: 3, type: "max", year: 2024, value: 0, baseline: { year: 2020, value: 100 } }, [[2022, 108]], 2023);
    expect(r.scheduleMode).toBe("ceiling");
    expect(r.completion).toBeCloseTo(0.63741, 4);
    expect(r.status).toBe("at_risk");
    // final: 2024 = 113 > 112.5509 → exceeded by 0.4491
    const f = run({ kind: "growth_rate", rate: 3, type: "max", year: 2024, value: 0, baseline: { year: 2020, value: 100 } }, [[2024, 113]], 2025);
    expect(f.status).toBe("exceeded");
    expect(f.final?.excess).toBeCloseTo(0.4491, 4);
  });

  it("zero baseline: the rate is undefined → no_baseline, said why, every lens null", () => {
    const r = run({ kind: "growth_rate", rate: 6, type: "min", year: 2027, value: 0, baseline: { year: 2019, value: 0 } }, [[2024, 50]], 2025);
    expect(r.status).toBe("no_baseline");
    expect(r.scheduleReason).toBe("baseline_not_positive");
    expect(r.reading.levelTarget).toBeNull();
    expect(r.lenses.cagrActual).toBeNull();
    expect(r.explanation.zh).toBe("基期2019年0亿元 → 2019—2027年年均增长不低于6%；2024年50亿元；基期值不为正，增长率或降幅无定义 → 灰（缺基期）");
    expect(r.explanation.en).toBe(
      "Baseline 2019: 0 亿元 → average growth 2019–2027 of at least 6%/yr; 2024: 50 亿元; baseline value not positive, the rate is undefined → grey (no baseline)",
    );
  });

  it("no baseline anywhere (none stated, none observed): no_baseline; no data at all: no_data", () => {
    const noBase: ProgressTarget = { kind: "growth_rate", rate: 6, type: "min", year: 2027, value: 0 };
    expect(run(noBase, [[2024, 87000]], 2025).status).toBe("no_baseline");
    expect(run(noBase, [], 2025).status).toBe("no_data");
  });

  it("only one point (the baseline year itself): nothing about the pace → no_data", () => {
    const r = run(gdp(6), [[2019, 63000]], 2025);
    expect(r.status).toBe("no_data");
    expect(r.scheduleReason).toBe("no_observation_since_baseline");
  });

  it("the baseline may come from the plan's base-year observation", () => {
    const r = run(
      { kind: "growth_rate", rate: 6, type: "min", year: 2027, value: 0 },
      [
        [2019, 63000],
        [2024, 87000],
      ],
      2025,
    );
    expect(r.baseline?.source).toBe("base_year");
    expect(r.completion).toBeCloseTo(0.6415, 4);
  });
});

describe("reduction targets", () => {
  const energy = (type: ProgressTarget["type"], rate = 13.5, tolerancePct: number | null = null): ProgressTarget => ({
    kind: "reduction",
    rate,
    type,
    tolerancePct,
    year: 2025,
    value: 0,
    baseline: { year: 2020, value: 100 },
  });
  const p2020 = { baseYear: 2020, startYear: 2021, outlookYear: 2035 };

  it("schedule: completion = (v_b − v_t)/(v_b − v_b(1−x))", () => {
    // (100 − 92)/(100 − 86.5) = 8/13.5 = 0.592593; share 3/5 = 0.6 → lag 0.7407 pp → on track
    const r = run(energy("min"), [[2023, 92]], 2024, p2020);
    expect(r.reading.levelTarget).toBeCloseTo(86.5, 10);
    expect(r.completion).toBeCloseTo(0.592593, 5);
    expect(r.lagPp).toBeCloseTo(0.7407, 3);
    expect(r.status).toBe("on_track");
    expect(r.reading.realizedRate).toBeCloseTo(8, 10);
    expect(r.explanation.zh).toBe(
      "基期2020年100亿元 → 到2025年较基期下降不少于13.5%（即不高于86.5亿元）；2023年92亿元；完成59.3%，时间进度60.0%，滞后0.7个百分点 → 绿（在序时进度容差内）",
    );
  });

  it.each([
    [86, "achieved", 14], // fall 14 % ≥ 13.5 %
    [86.5, "achieved", 13.5], // exactly the fall asked for
    [87, "nearly_achieved", 13], // completion 13/13.5 = 96.30 % ≥ 95 %
    [88, "not_achieved", 12], // 12/13.5 = 88.9 %
    [101, "not_achieved", -1], // a rise
  ])("final: 2025 = %s → %s (fall %s%)", (value, status, fall) => {
    const r = run(energy("min"), [[2025, value]], 2026, p2020);
    expect(r.status).toBe(status);
    expect(r.reading.realizedRate).toBeCloseTo(fall, 10);
  });

  it("final sentence compares the realized fall with the plan's", () => {
    const r = run(energy("min"), [[2025, 87]], 2026, p2020);
    expect(r.explanation.zh).toBe(
      "基期2020年100亿元 → 到2025年较基期下降不少于13.5%（即不高于86.5亿元）；2025年实际87亿元，较基期下降13%（规划13.5%），完成度96.3% → 基本完成",
    );
    expect(r.explanation.en).toBe(
      "Baseline 2020: 100 亿元 → a fall of at least 13.5% by 2025 (i.e. at most 86.5 亿元); actual 2025: 87 亿元, 13% below the baseline (plan: 13.5%), 96.3% complete → Nearly achieved",
    );
  });

  it("a fall of at most x % is a floor: below it is off track", () => {
    const r = run(energy("max", 10), [[2023, 89]], 2024, p2020);
    expect(r.scheduleMode).toBe("floor");
    expect(r.status).toBe("off_track");
  });

  it.each([
    // 13.5 % ± 5 % = 12.825 … 14.175 %: level 85.825 … 87.175
    [87.175, "achieved"],
    [85.825, "achieved"],
    [87.2, "not_achieved"],
  ])("approx final: 2025 = %s → %s", (value, status) => {
    expect(run(energy("approx", 13.5, 5), [[2025, value]], 2026, p2020).status).toBe(status);
  });

  it("zero baseline → no_baseline", () => {
    const r = run({ kind: "reduction", rate: 10, type: "min", year: 2025, value: 0, baseline: { year: 2020, value: 0 } }, [[2023, 0]], 2024, p2020);
    expect(r.status).toBe("no_baseline");
    expect(r.scheduleReason).toBe("baseline_not_positive");
  });
});

describe("cumulative targets", () => {
  const jobs = (type: ProgressTarget["type"] = "min", value = 500): ProgressTarget => ({ kind: "cumulative", type, year: 2025, value, baselineYear: 2020 });
  const people = { zh: "万人", en: "万人" };
  const runC = (target: ProgressTarget, data: [number, number][], evaluationYear: number) =>
    evaluateTarget({ target, plan: { baseYear: 2020, startYear: 2021, outlookYear: 2035 }, observations: obs(data), evaluationYear, unit: people });

  it("schedule: completion = running sum / target, time share = years elapsed", () => {
    // 110 + 100 + 120 = 330; 330/500 = 0.66; share 3/5 = 0.6; lag −6 pp → on track
    const r = runC(
      jobs(),
      [
        [2020, 999],
        [2021, 110],
        [2022, 100],
        [2023, 120],
      ],
      2024,
    );
    expect(r.reading.cumulative).toEqual({ from: 2020, through: 2023, sum: 330, years: [2021, 2022, 2023], missingYears: [] });
    expect(r.completion).toBeCloseTo(0.66, 10);
    expect(r.timeShare).toBeCloseTo(0.6, 10);
    expect(r.lagPp).toBeCloseTo(-6, 8);
    expect(r.status).toBe("on_track");
    expect(r.basis).toEqual({ year: 2023, value: 120, flags: [] });
    expect(r.baseline).toBeNull();
    expect(r.explanation.zh).toBe("2021—2025年累计不低于500万人；2021—2023年累计330万人；完成66.0%，时间进度60.0%，超前6.0个百分点 → 绿（在序时进度容差内）");
    expect(r.explanation.en).toBe(
      "Cumulative 2021–2025: at least 500 万人; sum 2021–2023: 330 万人; 66.0% complete, 60.0% of time elapsed, 6.0 pp ahead of schedule → green (within schedule tolerance)",
    );
    // average 110/yr; the 2 years left need (500 − 330)/2 = 85; at the average: 330 + 220 = 550
    expect(r.lenses.cumulative).toEqual({ averagePerYear: 110, requiredPerYear: 85, projectedAtTarget: 550 });
    expect(r.lenses.unsd).toBeNull();
    expect(r.lenses.nullReasons.unsd).toBe("not_for_cumulative");
  });

  it("a year missing inside the period: says which, does not guess", () => {
    const r = runC(
      jobs(),
      [
        [2021, 110],
        [2023, 120],
        [2024, 90],
      ],
      2025,
    );
    expect(r.status).toBe("no_data");
    expect(r.scheduleReason).toBe("missing_years");
    expect(r.completion).toBeNull();
    expect(r.reading.cumulative?.missingYears).toEqual([2022]);
    expect(r.reading.cumulative?.sum).toBeNull();
    expect(r.explanation.zh).toBe("2021—2025年累计不低于500万人；2021—2024年中缺2022年数据，不推算累计值 → 灰（无数据）");
    expect(r.explanation.en).toBe("Cumulative 2021–2025: at least 500 万人; no figure for 2022 within 2021–2024: the sum is not estimated → grey (no data)");
  });

  it.each([
    // 110 + 100 + 120 + 90 + 60 = 480; 480/500 = 96 % ≥ 95 → nearly achieved, 20 short
    [
      [
        [2021, 110],
        [2022, 100],
        [2023, 120],
        [2024, 90],
        [2025, 60],
      ],
      "nearly_achieved",
      480,
      0.96,
      [],
    ],
    [
      [
        [2021, 110],
        [2022, 100],
        [2023, 120],
        [2024, 90],
        [2025, 80],
      ],
      "achieved",
      500,
      1,
      [],
    ], // exactly the target
    [
      [
        [2021, 110],
        [2022, 100],
        [2023, 120],
        [2024, 90],
        [2026, 80],
      ],
      "no_data",
      null,
      null,
      [2025],
    ], // 2026 does not stand in for a sum
    [
      [
        [2021, 110],
        [2025, 100],
      ],
      "no_data",
      null,
      null,
      [2022, 2023, 2024],
    ],
  ] as [[number, number][], string, number | null, number | null, number[]][])("final (evaluated 2026) → %s", (data, status, sum, completion, missing) => {
    const r = runC(jobs(), data, 2026);
    expect(r.status).toBe(status);
    expect(r.reading.cumulative?.sum).toBe(sum);
    expect(r.completion).toEqual(completion === null ? null : expect.closeTo(completion, 10));
    expect(r.reading.cumulative?.missingYears).toEqual(missing);
  });

  it("final sentences: shortfall, and missing years", () => {
    const r = runC(
      jobs(),
      [
        [2021, 110],
        [2022, 100],
        [2023, 120],
        [2024, 90],
        [2025, 60],
      ],
      2026,
    );
    expect(r.explanation.zh).toBe("2021—2025年累计不低于500万人；2021—2025年累计480万人，完成度96.0%，差20万人 → 基本完成");
    expect(r.explanation.en).toBe("Cumulative 2021–2025: at least 500 万人; sum 2021–2025: 480 万人, 96.0% complete, 20 万人 short → Nearly achieved");
    const m = runC(
      jobs(),
      [
        [2021, 110],
        [2022, 100],
        [2023, 120],
        [2024, 90],
      ],
      2026,
    );
    expect(m.explanation.zh).toBe("2021—2025年累计不低于500万人；2021—2025年中缺2025年数据，不推算累计值 → 无数据");
  });

  it("a cumulative cap: allowance used ahead of time → at risk; over it → exceeded", () => {
    // 30 + 30 = 60 of 100: used 60 % vs time 40 % → 20 pp ahead > 10 → at risk
    expect(
      runC(
        jobs("max", 100),
        [
          [2021, 30],
          [2022, 30],
        ],
        2023,
      ).status,
    ).toBe("at_risk");
    expect(
      runC(
        jobs("max", 100),
        [
          [2021, 60],
          [2022, 50],
        ],
        2023,
      ).status,
    ).toBe("exceeded");
    const f = runC(
      jobs("max", 100),
      [
        [2021, 20],
        [2022, 20],
        [2023, 20],
        [2024, 20],
        [2025, 25],
      ],
      2026,
    );
    expect(f.status).toBe("exceeded");
    expect(f.final?.excess).toBe(5);
  });

  it("only one point: a single year summed", () => {
    // 120/500 = 0.24, share 1/5 = 0.2 → lag −4 → on track
    const r = runC(jobs(), [[2021, 120]], 2022);
    expect(r.completion).toBeCloseTo(0.24, 10);
    expect(r.status).toBe("on_track");
    expect(r.explanation.zh).toContain("2021年累计120万人");
  });

  it("b defaults to the plan's base year; no figure in the period → no_data", () => {
    const r = runC({ kind: "cumulative", type: "min", year: 2025, value: 500 }, [[2020, 5]], 2022);
    expect(r.reading.cumulative?.from).toBe(2020);
    expect(r.status).toBe("no_data");
    expect(r.scheduleReason).toBe("no_observation_since_baseline");
  });

  it("runningSum and cumulativeLens on their own", () => {
    expect(
      runningSum(
        obs([
          [2021, 1],
          [2023, 2],
        ]),
        2020,
        2025,
        false,
      ),
    ).toEqual({ from: 2020, through: 2023, sum: null, years: [2021, 2023], missingYears: [2022] });
    expect(
      runningSum(
        obs([
          [2021, 1],
          [2022, 2],
        ]),
        2020,
        2025,
        true,
      ).missingYears,
    ).toEqual([2023, 2024, 2025]);
    expect(cumulativeLens({ from: 2020, through: 2025, sum: 480, years: [], missingYears: [] }, 500, 2025)).toEqual({
      averagePerYear: 96,
      requiredPerYear: null,
      projectedAtTarget: 480,
    });
  });
});

describe("level targets are unchanged", () => {
  it("a target without a kind reads as a level and says so", () => {
    const r = run(
      { type: "min", year: 2020, value: 200 },
      [
        [2014, 111.59],
        [2018, 161.97],
      ],
      2019,
      { baseYear: 2014, startYear: 2016, outlookYear: 2030 },
    );
    expect(r.reading).toEqual({ kind: "level", rate: null, levelTarget: 200, realizedRate: null, realizedYear: null, cumulative: null });
    expect(r.status).toBe("on_track");
  });
});

describe("lens rows per kind", () => {
  it("growth: the plan's rate, the implied level and the realized rate come first", async () => {
    const { buildLensRows } = await import("@/lib/progress/lens-rows");
    const r = run({ kind: "growth_rate", rate: 6, type: "min", year: 2027, value: 0, baseline: { year: 2019, value: 63000 } }, [[2024, 87000]], 2025);
    const rows = buildLensRows(r, unit, 2035);
    expect(rows.slice(0, 3).map((x) => [x.key, x.value.en])).toEqual([
      ["rate", "6%"],
      ["levelTarget", "100412.43 亿元"],
      ["realizedRate", "6.67% (2024)"],
    ]);
  });

  it("cumulative: the sum, its pace, and no growth lens", async () => {
    const { buildLensRows, missingBaselineNote } = await import("@/lib/progress/lens-rows");
    const r = evaluateTarget({
      target: { kind: "cumulative", type: "min", year: 2025, value: 500, baselineYear: 2020 },
      plan: { baseYear: 2020, startYear: 2021, outlookYear: 2035 },
      observations: obs([
        [2021, 110],
        [2022, 100],
        [2023, 120],
      ]),
      evaluationYear: 2024,
      unit: { zh: "万人", en: "万人" },
    });
    expect(missingBaselineNote(r)).toBeNull();
    expect(buildLensRows(r, { zh: "万人", en: "万人" }, 2035).map((x) => [x.key, x.value.zh])).toEqual([
      ["sum", "2021—2023年 330万人"],
      ["completion", "66.0%"],
      ["timeShare", "60.0%"],
      ["lag", "-6.0"],
      ["averagePerYear", "110万人"],
      ["requiredPerYear", "85万人"],
      ["projectedSum", "550万人"],
      ["growthLenses", "不适用"],
    ]);
  });
});
