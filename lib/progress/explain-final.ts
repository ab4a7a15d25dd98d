// Explanation of a final evaluation (target year passed). Shape of the sentence:
//   [baseline → ] target ； actual [fallback note] ， measures → label
// e.g. "基期2014年111.59万人 → 2020年目标200万人；2020年实际141.97万人，完成度34.4%，差58.03万人 → 未完成"
//
// The completion printed here is the result's `completion` (the same number the table,
// the API, the matrix and the exports show): the share of the way from the baseline to
// the target. A ratio "value / target" is deliberately not printed: it is a second,
// different percentage, and showing both made reports contradict themselves.

import { baselinePhrase, finalTargetPhrase, withUnit } from "./explain-parts";
import { formatFraction, formatSignedPct } from "./format";
import { STATUS_LABELS } from "./status";
import type { ProgressTarget, UnitLabel, YearValue } from "./types";
import type { Bilingual, FinalEvaluation, ScheduleMode } from "./result-types";

export interface FinalExplainInput {
  target: Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">;
  unit: UnitLabel;
  final: FinalEvaluation;
  baseline?: YearValue | null;
  /** The result's completion (null without a baseline or when v_T = v_b). */
  completion?: number | null;
  /** How the target reads against its baseline (null without one), see schedule.ts. */
  mode?: ScheduleMode | null;
  /** Replaces the level's opening target phrase (a rate kind's wording). */
  targetText?: Bilingual;
}

/**
 * Walks the numbers of a final evaluation in zh and en (without caveats). Ends with the
 * status label (未完成 / Not achieved …) rather than a colour: a final verdict is a fact,
 * not a traffic light. When the target year had no data, says which neighbouring year
 * was used; when none of T−1…T+1 had data, says so. With a baseline the sentence opens
 * with it, so the completion can be recomputed by hand from the sentence alone.
 */
export function explainFinal({ target, unit, final, baseline = null, completion = null, mode = null, targetText }: FinalExplainInput): Bilingual {
  const t = targetText ?? finalTargetPhrase(target, unit);
  const head = baseline
    ? { zh: `${baselinePhrase(baseline, unit).zh} → ${t.zh}`, en: `${baselinePhrase(baseline, unit).en} → ${t.en.charAt(0).toLowerCase()}${t.en.slice(1)}` }
    : t;
  const label = STATUS_LABELS[final.status];
  if (final.year === null || final.value === null || final.status === "no_data") {
    const from = target.year - 1;
    const to = target.year + 1;
    return {
      zh: `${head.zh}；${from}—${to}年均无观测数据 → ${label.zh}`,
      en: `${head.en}; no observation for ${from}–${to} → ${label.en}`,
    };
  }
  const v = withUnit(final.value, unit);
  const note =
    final.yearOffset === 0
      ? { zh: "", en: "" }
      : { zh: `（${target.year}年无数据，采用${final.year}年）`, en: ` (no data for ${target.year}; ${final.year} used)` };
  const parts = [completionPhrase(completion, mode), gapPhrase(target, unit, final, final.value, completion, mode)].filter((p): p is Bilingual => p !== null);
  return {
    zh: `${head.zh}；${final.year}年实际${v.zh}${note.zh}，${parts.map((p) => p.zh).join("，")} → ${label.zh}`,
    en: `${head.en}; actual ${final.year}: ${v.en}${note.en}, ${parts.map((p) => p.en).join(", ")} → ${label.en}`,
  };
}

/** The completion, worded by mode: a ceiling's is the share of the allowed increase used. */
export function completionPhrase(completion: number | null, mode: ScheduleMode | null): Bilingual | null {
  if (completion === null) return null;
  const c = formatFraction(completion);
  if (mode === "ceiling") return { zh: `已用允许增量的${c}`, en: `${c} of the allowed increase used` };
  if (mode === "floor") return { zh: `已用允许降幅的${c}`, en: `${c} of the allowed decrease used` };
  return { zh: `完成度${c}`, en: `${c} complete` };
}

/** How far the value is from the target: the shortfall, the excess or the deviation. */
function gapPhrase(
  target: FinalExplainInput["target"],
  unit: UnitLabel,
  final: FinalEvaluation,
  value: number,
  completion: number | null,
  mode: ScheduleMode | null,
): Bilingual | null {
  const diff = withUnit(Math.abs(value - target.value), unit);
  switch (target.type) {
    case "min":
      if (value >= target.value) return completion === null ? { zh: "达到目标", en: "target reached" } : null;
      return { zh: `差${diff.zh}`, en: `${diff.en} short` };
    case "max":
      // a required reduction (max below the baseline) is a goal: above it is a shortfall
      if (mode === "reach") return value > target.value ? { zh: `差${diff.zh}`, en: `${diff.en} short` } : null;
      if (value === target.value) return { zh: "恰好等于上限", en: "exactly at the ceiling" };
      return value > target.value
        ? { zh: `超出上限${diff.zh}`, en: `${diff.en} above the ceiling` }
        : { zh: `低于上限${diff.zh}`, en: `${diff.en} below the ceiling` };
    case "approx":
      if (final.deviationPct === null) {
        return final.status === "achieved" ? { zh: "在目标区间内", en: "within the target band" } : { zh: "偏离目标区间", en: "outside the target band" };
      }
      return { zh: `较目标${formatSignedPct(final.deviationPct)}`, en: `${formatSignedPct(final.deviationPct)} vs target` };
  }
}
