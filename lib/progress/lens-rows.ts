// The "why this colour" panel: every measure of a result with its formula in plain text
// and its value (or why it has none), in zh and en. Pure, so the panel, exports and
// tests read the same rows.

import { formatFraction, formatOneDecimal, formatValue } from "./format";
import type { Bilingual, LensNullReason, ProgressResult, StatcanCategory, UnitLabel, UnsdCategory } from "./types";

export interface LensRow {
  key: string;
  label: Bilingual;
  /** The formula in plain text (same in both languages). */
  formula: string;
  value: Bilingual;
}

export const NULL_REASON_TEXT: Readonly<Record<LensNullReason, Bilingual>> = {
  no_baseline: { zh: "缺基期", en: "no baseline" },
  no_later_observation: { zh: "基期后无观测", en: "no observation after the baseline" },
  target_not_after_baseline: { zh: "目标年不晚于基期年", en: "target year not after the baseline year" },
  zero_baseline_value: { zh: "基期值为0", en: "baseline value is 0" },
  negative_value: { zh: "含负值", en: "negative value" },
  non_positive_value: { zh: "含非正值", en: "non-positive value" },
  target_equals_baseline: { zh: "目标值等于基期值", en: "target equals the baseline" },
  too_few_points: { zh: "数据点不足", en: "too few points" },
  no_progress: { zh: "没有变化", en: "no change" },
  wrong_direction: { zh: "方向背离目标", en: "moving away from the target" },
};

export const UNSD_CATEGORY_TEXT: Readonly<Record<UnsdCategory, Bilingual>> = {
  on_track: { zh: "可按期实现", en: "on track" },
  fair: { zh: "有一定进展", en: "fair progress" },
  stagnation_or_regression: { zh: "停滞或倒退", en: "stagnation or regression" },
};

export const STATCAN_CATEGORY_TEXT: Readonly<Record<StatcanCategory, Bilingual>> = {
  substantial: { zh: "显著进展", en: "substantial progress" },
  moderate: { zh: "中等进展", en: "moderate progress" },
  limited: { zh: "进展有限", en: "limited progress" },
  deterioration: { zh: "恶化", en: "deterioration" },
};

const same = (s: string): Bilingual => ({ zh: s, en: s });
const DASH = same("—");
const pct = (x: number) => same(formatFraction(x));
const ratio = (x: number) => formatValue(Math.round(x * 1000) / 1000);

/**
 * The rows of the panel, in a fixed order: schedule (completion, time share, lag), growth
 * (CAGR actual and required, projection), the three international measures, the linear
 * lens and years to target. A lens that is undefined shows "—" and its reason.
 */
export function buildLensRows(r: ProgressResult, unit: UnitLabel, outlookYear: number): LensRow[] {
  const L = r.lenses;
  const why = (name: keyof typeof L.nullReasons): Bilingual => {
    const reason = L.nullReasons[name];
    return reason ? { zh: `—（${NULL_REASON_TEXT[reason].zh}）`, en: `— (${NULL_REASON_TEXT[reason].en})` } : DASH;
  };
  const v = (x: number) => ({ zh: `${formatValue(Math.round(x * 100) / 100)}${unit.zh}`, en: `${formatValue(Math.round(x * 100) / 100)} ${unit.en}`.trim() });
  const years = (x: number | null) => (x === null ? null : { zh: `${formatOneDecimal(x)}年`, en: `${formatOneDecimal(x)} years` });
  return [
    { key: "completion", label: { zh: "完成度", en: "Completion" }, formula: "c = (v_t − v_b) / (v_T − v_b)", value: r.completion === null ? DASH : pct(r.completion) },
    { key: "timeShare", label: { zh: "时间进度", en: "Time share" }, formula: "s = (t − b) / (T − b)", value: r.timeShare === null ? DASH : pct(r.timeShare) },
    { key: "lag", label: { zh: "滞后（百分点）", en: "Lag (pp)" }, formula: "lag = 100 · (s − c)", value: r.lagPp === null ? DASH : same(formatOneDecimal(r.lagPp)) },
    { key: "cagrActual", label: { zh: "实际年均增速", en: "Actual CAGR" }, formula: "CAGR_a = (v_t / v_b)^(1/(t − b)) − 1", value: L.cagrActual === null ? why("cagrActual") : pct(L.cagrActual) },
    { key: "cagrRequired", label: { zh: "所需年均增速", en: "Required CAGR" }, formula: "CAGR_r = (v_T / v_b)^(1/(T − b)) − 1", value: L.cagrRequired === null ? why("cagrRequired") : pct(L.cagrRequired) },
    { key: "projected", label: { zh: "按实际增速推算的目标年值", en: "Projected value in the target year" }, formula: "v̂_T = v_t · (1 + CAGR_a)^(T − t)", value: L.projectedAtTarget === null ? why("projectedAtTarget") : v(L.projectedAtTarget) },
    {
      key: "unsd",
      label: { zh: "联合国统计司比值", en: "UNSD ratio" },
      formula: "r = (v̂_T − v_b) / (v_T − v_b); ≥ 0.95 on track, 0.10–0.95 fair, < 0.10 stagnation/regression",
      value: L.unsd === null ? why("unsd") : { zh: `${ratio(L.unsd.ratio)}（${UNSD_CATEGORY_TEXT[L.unsd.category].zh}）`, en: `${ratio(L.unsd.ratio)} (${UNSD_CATEGORY_TEXT[L.unsd.category].en})` },
    },
    {
      key: "statcan",
      label: { zh: "加拿大统计局比值", en: "Statistics Canada ratio" },
      formula: "R = d · CAGR_a / |CAGR_r|; ≥ 0.95 substantial, 0.60–0.95 moderate, 0–0.60 limited, < 0 deterioration",
      value: L.statcan === null ? why("statcan") : { zh: `${ratio(L.statcan.ratio)}（${STATCAN_CATEGORY_TEXT[L.statcan.category].zh}）`, en: `${ratio(L.statcan.ratio)} (${STATCAN_CATEGORY_TEXT[L.statcan.category].en})` },
    },
    { key: "escap", label: { zh: "亚太经社会现状得分", en: "UNESCAP current status" }, formula: "CS = 10 · d · (v_t − v_b) / |v_T − v_b|, at most 10", value: L.escap === null ? why("escap") : same(formatOneDecimal(L.escap.score)) },
    {
      key: "linear",
      label: { zh: "线性趋势", en: "Linear trend" },
      formula: `least squares v = a + k · year; v(T), v(${outlookYear})`,
      value:
        L.linear === null
          ? why("linear")
          : {
              zh: `k = ${formatValue(Math.round(L.linear.slope * 1000) / 1000)}${unit.zh}/年；v(T) = ${v(L.linear.projectedAtTarget).zh}；v(${outlookYear}) = ${v(L.linear.projectedAtOutlook).zh}`,
              en: `k = ${formatValue(Math.round(L.linear.slope * 1000) / 1000)} ${unit.en}/yr; v(T) = ${v(L.linear.projectedAtTarget).en}; v(${outlookYear}) = ${v(L.linear.projectedAtOutlook).en}`,
            },
    },
    {
      key: "yearsToTarget",
      label: { zh: "按当前速度达到目标还需", en: "Years to target at the current pace" },
      formula: "n = ln(v_T / v_t) / ln(1 + CAGR_a); linear: (v_T − v_t) / k",
      value: yearsValue(years(L.yearsToTarget.atCagr) ?? why("yearsToTargetAtCagr"), years(L.yearsToTarget.linear) ?? why("yearsToTargetLinear")),
    },
  ];
}

function yearsValue(cagr: Bilingual, linear: Bilingual): Bilingual {
  return { zh: `增速法 ${cagr.zh}；线性 ${linear.zh}`, en: `at CAGR ${cagr.en}; linear ${linear.en}` };
}
