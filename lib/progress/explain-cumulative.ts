// The "why" sentences of a cumulative target (累计…), zh first, en second: the period, the
// running sum and the years it covers, or the years that are missing (never guessed).
// e.g. "2020—2025年累计不低于500万人；2021—2023年累计330万人；完成66.0%，时间进度60.0%，
//       超前6.0个百分点 → 绿（在序时进度容差内）"

import { withUnit } from "./explain-parts";
import { completionPhrase } from "./explain-final";
import { explainSchedule } from "./explain-schedule";
import { formatPlainNumber } from "./format";
import { effectiveTolerancePct } from "./numeric";
import { STATUS_LABELS } from "./status";
import type { Bilingual, FinalEvaluation, ScheduleCheck } from "./result-types";
import type { CumulativeReading } from "./kind-types";
import type { ProgressTarget, Thresholds, UnitLabel } from "./types";

type Target = Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">;

const span = (a: number, b: number): Bilingual => (a === b ? { zh: `${a}年`, en: `${a}` } : { zh: `${a}—${b}年`, en: `${a}–${b}` });

/** "2021—2025年累计不低于500万人" / "cumulative 2021–2025: at least 500 万人". */
export function cumulativeTargetPhrase(target: Target, from: number, unit: UnitLabel): Bilingual {
  const s = withUnit(target.value, unit);
  const p = span(from + 1, target.year);
  switch (target.type) {
    case "min":
      return { zh: `${p.zh}累计不低于${s.zh}`, en: `cumulative ${p.en}: at least ${s.en}` };
    case "max":
      return { zh: `${p.zh}累计不超过${s.zh}`, en: `cumulative ${p.en}: at most ${s.en}` };
    case "approx": {
      const band = `±${formatPlainNumber(effectiveTolerancePct("approx", target.tolerancePct))}%`;
      return { zh: `${p.zh}累计${s.zh}左右（${band}）`, en: `cumulative ${p.en}: about ${s.en} (${band})` };
    }
  }
}

/** The running sum, or which years are missing from it. */
function sumPhrase(reading: CumulativeReading, unit: UnitLabel, end: number): Bilingual | undefined {
  if (reading.missingYears.length > 0) {
    const p = span(reading.from + 1, end);
    return {
      zh: `${p.zh}中缺${reading.missingYears.join("、")}年数据，不推算累计值`,
      en: `no figure for ${reading.missingYears.join(", ")} within ${p.en}: the sum is not estimated`,
    };
  }
  if (reading.sum === null || reading.through === null) return undefined;
  const p = span(reading.from + 1, reading.through);
  const v = withUnit(reading.sum, unit);
  return { zh: `${p.zh}累计${v.zh}`, en: `sum ${p.en}: ${v.en}` };
}

export interface CumulativeScheduleInput {
  target: Target;
  unit: UnitLabel;
  thresholds: Thresholds;
  reading: CumulativeReading;
  check: ScheduleCheck;
}

/** Schedule sentence: the level sentence with the sum in place of the latest figure. */
export function explainCumulativeSchedule({ target, unit, thresholds, reading, check }: CumulativeScheduleInput): Bilingual {
  const latest = reading.through === null ? null : { year: reading.through, value: reading.sum ?? 0 };
  return explainSchedule({
    target,
    unit,
    thresholds,
    baseline: null,
    latest,
    check,
    targetText: cumulativeTargetPhrase(target, reading.from, unit),
    latestText: sumPhrase(reading, unit, reading.through ?? reading.from),
  });
}

/** Final sentence: the whole period's sum against S, or the missing years → 无数据. */
export function explainCumulativeFinal({
  target,
  unit,
  reading,
  final,
  completion,
}: {
  target: Target;
  unit: UnitLabel;
  reading: CumulativeReading;
  final: FinalEvaluation;
  completion: number | null;
}): Bilingual {
  const head = cumulativeTargetPhrase(target, reading.from, unit);
  const head2 = { zh: head.zh, en: head.en.charAt(0).toUpperCase() + head.en.slice(1) };
  const label = STATUS_LABELS[final.status];
  const sum = sumPhrase(reading, unit, target.year) ?? { zh: "期内无观测数据", en: "no figure within the period" };
  if (final.value === null) return { zh: `${head2.zh}；${sum.zh} → ${label.zh}`, en: `${head2.en}; ${sum.en} → ${label.en}` };
  const parts: Bilingual[] = [sum];
  const c = completionPhrase(completion, null);
  if (c) parts.push(c);
  if (final.shortfall !== null) parts.push({ zh: `差${withUnit(final.shortfall, unit).zh}`, en: `${withUnit(final.shortfall, unit).en} short` });
  if (final.excess !== null) parts.push({ zh: `超出上限${withUnit(final.excess, unit).zh}`, en: `${withUnit(final.excess, unit).en} above the ceiling` });
  return {
    zh: `${head2.zh}；${parts.map((p) => p.zh).join("，")} → ${label.zh}`,
    en: `${head2.en}; ${parts.map((p) => p.en).join(", ")} → ${label.en}`,
  };
}
