// Explanation of a final evaluation (target year passed). Shape of the sentence:
//   target ； actual [fallback note] ， measure → label
// e.g. "2020年目标200万人；2020年实际141.97万人，完成目标的71.0% → 未完成"

import { finalTargetPhrase, withUnit } from "./explain-parts";
import { formatOneDecimal, formatSignedPct } from "./format";
import { STATUS_LABELS } from "./status";
import type { Bilingual, FinalEvaluation, ProgressTarget, UnitLabel } from "./types";

export interface FinalExplainInput {
  target: Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">;
  unit: UnitLabel;
  final: FinalEvaluation;
}

/**
 * Walks the numbers of a final evaluation in zh and en (without caveats). Ends with the
 * status label (未完成 / Not achieved …) rather than a colour: a final verdict is a fact,
 * not a traffic light. When the target year had no data, says which neighbouring year
 * was used; when none of T−1…T+1 had data, says so.
 */
export function explainFinal({ target, unit, final }: FinalExplainInput): Bilingual {
  const head = finalTargetPhrase(target, unit);
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
  const m = measure(target, unit, final, final.value);
  return {
    zh: `${head.zh}；${final.year}年实际${v.zh}${note.zh}，${m.zh} → ${label.zh}`,
    en: `${head.en}; actual ${final.year}: ${v.en}${note.en}, ${m.en} → ${label.en}`,
  };
}

function measure(
  target: FinalExplainInput["target"],
  unit: UnitLabel,
  final: FinalEvaluation,
  value: number,
): Bilingual {
  switch (target.type) {
    case "min":
      if (final.ratioPct === null) {
        return final.status === "achieved"
          ? { zh: "达到目标", en: "target reached" }
          : { zh: "低于目标", en: "below target" };
      }
      return { zh: `完成目标的${formatOneDecimal(final.ratioPct)}%`, en: `${formatOneDecimal(final.ratioPct)}% of target` };
    case "max": {
      if (value === target.value) return { zh: "恰好等于上限", en: "exactly at the ceiling" };
      const x = withUnit(Math.abs(value - target.value), unit);
      return value > target.value
        ? { zh: `超出上限${x.zh}`, en: `${x.en} above the ceiling` }
        : { zh: `低于上限${x.zh}`, en: `${x.en} below the ceiling` };
    }
    case "approx":
      if (final.deviationPct === null) {
        return final.status === "achieved"
          ? { zh: "在目标区间内", en: "within the target band" }
          : { zh: "偏离目标区间", en: "outside the target band" };
      }
      return { zh: `较目标${formatSignedPct(final.deviationPct)}`, en: `${formatSignedPct(final.deviationPct)} vs target` };
  }
}
