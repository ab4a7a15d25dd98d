// Graded final statuses with the plan's tolerance: 已完成 / 基本完成 / 未完成 for goals,
// 控制在上限内 / 超出上限 for caps; boundaries worked by hand.
import { describe, expect, it } from "vitest";
import { evaluateTarget } from "@/lib/progress/evaluate";
import { evaluateFinal } from "@/lib/progress/final";
import { STATUS_GLYPHS, STATUS_LABELS } from "@/lib/progress/status";
import type { TargetType } from "@/lib/progress/types";

const final = (type: TargetType, target: number, value: number, baseline: number | null, nearlyAchievedPct?: number) =>
  evaluateFinal({ year: 2020, value: target, type, tolerancePct: 5 }, [{ year: 2020, value, flags: [] }], {
    baseline: baseline === null ? null : { year: 2014, value: baseline },
    nearlyAchievedPct,
  });

describe("final status with tolerance (baseline 2014 = 100, target 200 → completion = v − 100 %)", () => {
  it.each([
    // type, target, value, baseline, tolerance, status, shortfall, excess
    ["min", 200, 200, 100, 95, "achieved", null, null], // exactly at the target
    ["min", 200, 195, 100, 95, "nearly_achieved", 5, null], // completion exactly 95 %: counts
    ["min", 200, 194.9, 100, 95, "not_achieved", 5.1, null], // 94.9 %
    ["min", 200, 190, 100, 90, "nearly_achieved", 10, null], // the plan's own tolerance
    ["min", 200, 190, 100, 100, "not_achieved", 10, null], // tolerance 100: no band
    ["min", 200, 90, 100, 95, "not_achieved", 110, null], // negative growth: completion −10 %
    ["min", 200, 199, null, 95, "not_achieved", 1, null], // no baseline: no completion, no 基本完成
    // mirror: a required reduction (max below the baseline 200 → 100)
    ["max", 100, 100, 200, 95, "achieved", null, null],
    ["max", 100, 105, 200, 95, "nearly_achieved", 5, 5], // (105 − 200)/(100 − 200) = 95 %
    ["max", 100, 105.1, 200, 95, "not_achieved", 5.1, 5.1],
    // caps: max above its baseline, or without one
    ["max", 200, 200, 100, 95, "within_cap", null, null], // exactly at the cap
    ["max", 200, 200.01, 100, 95, "exceeded", null, 0.01],
    ["max", 200, 150, null, 95, "within_cap", null, null],
    ["max", 200, 210, null, 95, "exceeded", null, 10],
    // floor: min below its baseline (mirror of the cap)
    ["min", 100, 100, 200, 95, "achieved", null, null],
    ["min", 100, 99, 200, 95, "not_achieved", 1, null],
    // approx ±5 %: edges inside, no tolerance on top of the band
    ["approx", 200, 210, 100, 95, "achieved", null, null],
    ["approx", 200, 211, 100, 95, "not_achieved", null, null],
  ] as const)("%s %d, actual %d, baseline %s, tolerance %d → %s", (type, target, value, baseline, tol, status, shortfall, excess) => {
    const f = final(type, target, value, baseline, tol);
    expect(f.status).toBe(status);
    if (shortfall === null) expect(f.shortfall).toBeNull();
    else expect(f.shortfall).toBeCloseTo(shortfall, 9);
    if (excess === null) expect(f.excess).toBeNull();
    else expect(f.excess).toBeCloseTo(excess, 9);
  });

  it("takes the plan's tolerance through evaluateTarget, and says 基本完成 with the shortfall", () => {
    const r = evaluateTarget({
      target: { year: 2020, value: 200, type: "min" },
      plan: { baseYear: 2014, startYear: 2016, outlookYear: 2030, thresholds: { nearlyAchievedPct: 90 } },
      observations: [
        { year: 2014, value: 100, flags: [] },
        { year: 2020, value: 191, flags: [] },
      ],
      evaluationYear: 2021,
      unit: { zh: "万人", en: "万人" },
    });
    expect(r.status).toBe("nearly_achieved");
    expect(r.explanation.zh).toBe("基期2014年100万人 → 2020年目标200万人；2020年实际191万人，完成度91.0%，差9万人 → 基本完成");
    expect(r.explanation.en).toBe("Baseline 2014: 100 万人 → target 2020: 200 万人; actual 2020: 191 万人, 91.0% complete, 9 万人 short → Nearly achieved");
  });
});

describe("every status is told apart without colour", () => {
  it("has its own label and its own glyph", () => {
    const statuses = Object.keys(STATUS_LABELS);
    expect(new Set(statuses.map((s) => STATUS_GLYPHS[s as keyof typeof STATUS_GLYPHS])).size).toBe(statuses.length);
    expect(new Set(statuses.map((s) => STATUS_LABELS[s as keyof typeof STATUS_LABELS].zh)).size).toBe(statuses.length);
  });
});
