// Explanation of a schedule check (target year not yet passed). Shape of the sentence:
//   [baseline → ] target ； latest ； measures → colour（reason）
// e.g. "基期2014年111.59万人 → 目标2020年200万人；2018年161.97万人；完成57.0%，时间进度66.7%，
//       滞后9.7个百分点 → 绿（在序时进度容差内）"

import { baselinePhrase, capitalize, observationPhrase, targetPhrase, withUnit } from "./explain-parts";
import { formatFraction, formatOneDecimal, formatPlainNumber } from "./format";
import { roundTo } from "./numeric";
import { COLOR_WORDS, statusColor } from "./status";
import type { ProgressTarget, Thresholds, UnitLabel, YearValue } from "./types";
import type { Bilingual, ScheduleCheck } from "./result-types";

export interface ScheduleExplainInput {
  target: Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">;
  unit: UnitLabel;
  thresholds: Thresholds;
  baseline: YearValue | null;
  latest: YearValue | null;
  check: ScheduleCheck;
  /** Replaces the level's target phrase (a rate kind's wording, lower-case en). */
  targetText?: Bilingual;
  /** Replaces the latest-observation phrase (a cumulative target's running sum). */
  latestText?: Bilingual;
}

/**
 * Walks the numbers of a schedule check in zh and en (without caveats; the caller
 * appends them). Percentages have one decimal; the lag is worded by the sign of its
 * rounded value (滞后 / 超前 / 与序时进度持平), so "-0.04" never reads "ahead 0.0".
 * The colour and reason come from the check's status and reason, never recomputed here.
 */
export function explainSchedule(input: ScheduleExplainInput): Bilingual {
  const { target, unit, baseline, latest, check } = input;
  const t = input.targetText ?? targetPhrase(target, unit);
  const head = baseline
    ? { zh: `${baselinePhrase(baseline, unit).zh} → ${t.zh}`, en: `${baselinePhrase(baseline, unit).en} → ${t.en}` }
    : { zh: t.zh, en: capitalize(t.en) };
  const segments: Bilingual[] = [head];
  if (input.latestText) segments.push(input.latestText);
  else if (latest) segments.push(observationPhrase(latest, unit));
  const m = measures(input);
  if (m) segments.push(m);
  const color = COLOR_WORDS[statusColor(check.status)];
  const why = reasonText(input);
  return {
    zh: `${segments.map((s) => s.zh).join("；")} → ${color.zh}（${why.zh}）`,
    en: `${segments.map((s) => s.en).join("; ")} → ${color.en} (${why.en})`,
  };
}

/** The middle segment: completion/time/lag, allowance use, breach size, or why none. */
function measures({ target, unit, latest, check }: ScheduleExplainInput): Bilingual | null {
  const { reason, completion, timeShare, lagPp, mode } = check;
  switch (reason) {
    case "no_baseline":
      return { zh: "无基期值，无法计算序时进度", en: "no baseline, schedule cannot be computed" };
    case "baseline_not_before_target":
      return {
        zh: "基期年不早于目标年，无法计算序时进度",
        en: "baseline year not before the target year, schedule cannot be computed",
      };
    case "no_observation":
      return { zh: "暂无观测数据", en: "no observations yet" };
    case "no_observation_since_baseline":
      return { zh: "基期后暂无观测数据", en: "no observation after the baseline year" };
    case "baseline_not_positive":
      return { zh: "基期值不为正，增长率或降幅无定义", en: "baseline value not positive, the rate is undefined" };
    case "missing_years":
      return null;
    case "ceiling_exceeded": {
      const x = withUnit((latest?.value ?? target.value) - target.value, unit);
      return { zh: `超出上限${x.zh}`, en: `${x.en} above the ceiling` };
    }
    case "floor_breached": {
      const x = withUnit(target.value - (latest?.value ?? target.value), unit);
      return { zh: `低于下限${x.zh}`, en: `${x.en} below the floor` };
    }
  }
  if (mode === "hold") return { zh: "目标值与基期值相同，完成度无定义", en: "target equals baseline, completion undefined" };
  if (completion === null || timeShare === null || lagPp === null) return null;
  const c = formatFraction(completion);
  const s = formatFraction(timeShare);
  if (mode === "ceiling" || mode === "floor") {
    const what = mode === "ceiling" ? { zh: "增量", en: "increase" } : { zh: "降幅", en: "decrease" };
    return {
      zh: `已用允许${what.zh}的${c}，时间进度${s}`,
      en: `${c} of the allowed ${what.en} used, ${s} of time elapsed`,
    };
  }
  const lag = lagWords(lagPp);
  return { zh: `完成${c}，时间进度${s}，${lag.zh}`, en: `${c} complete, ${s} of time elapsed, ${lag.en}` };
}

function lagWords(lagPp: number): Bilingual {
  const r = roundTo(lagPp, 1);
  const x = formatOneDecimal(Math.abs(lagPp));
  if (r > 0) return { zh: `滞后${x}个百分点`, en: `${x} pp behind schedule` };
  if (r < 0) return { zh: `超前${x}个百分点`, en: `${x} pp ahead of schedule` };
  return { zh: "与序时进度持平", en: "on schedule" };
}

/** The text in parentheses after the colour. */
function reasonText({ check, thresholds }: ScheduleExplainInput): Bilingual {
  const on = formatPlainNumber(thresholds.onTrackLagPp);
  const risk = formatPlainNumber(thresholds.atRiskLagPp);
  const margin = formatPlainNumber(thresholds.ceilingMarginPp);
  switch (check.reason) {
    case "reached":
      return { zh: "已达到目标", en: "target already reached" };
    case "within_band":
      return { zh: "已在目标区间内", en: "within the target band" };
    case "lag_on_track":
      return { zh: "在序时进度容差内", en: "within schedule tolerance" };
    case "lag_at_risk":
      return { zh: `滞后超过${on}个百分点`, en: `more than ${on} pp behind schedule` };
    case "lag_off_track":
      return { zh: `滞后超过${risk}个百分点`, en: `more than ${risk} pp behind schedule` };
    case "overshoot":
      return { zh: "已越过目标区间", en: "beyond the target band" };
    case "allowance_ok":
      return { zh: "额度使用在容差内", en: "use of the allowance within margin" };
    case "allowance_ahead":
      return { zh: `额度使用快于时间进度超过${margin}个百分点`, en: `allowance used more than ${margin} pp ahead of time` };
    case "ceiling_exceeded":
      return { zh: "超出上限", en: "ceiling exceeded" };
    case "floor_breached":
      return { zh: "低于下限", en: "below the floor" };
    case "below_target":
      return { zh: "低于目标", en: "below the target" };
    case "outside_band":
      return { zh: "偏离目标区间", en: "outside the target band" };
    case "within_cap":
      return { zh: "未超过上限", en: "within the ceiling" };
    case "no_baseline":
    case "baseline_not_before_target":
    case "baseline_not_positive":
      return { zh: "缺基期", en: "no baseline" };
    case "no_observation":
    case "no_observation_since_baseline":
    case "missing_years":
      return { zh: "无数据", en: "no data" };
  }
}
