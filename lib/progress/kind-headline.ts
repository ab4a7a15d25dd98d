// How a card or table names a target of another kind than level: "2019—2027年年均增长不低于6%…",
// "2021—2025年累计不低于500万人". Level targets keep the views' own wording (null here).

import { cumulativeTargetPhrase } from "./explain-cumulative";
import { rateTargetPhrase } from "./explain-kinds";
import type { Bilingual, ProgressResult } from "./result-types";
import type { ProgressTarget, UnitLabel } from "./types";

/** The target phrase of a growth_rate, reduction or cumulative result; null for a level. */
export function kindHeadline(
  r: Pick<ProgressResult, "reading" | "baseline">,
  target: Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">,
  unit: UnitLabel,
): Bilingual | null {
  const k = r.reading;
  if (k.kind === "growth_rate" || k.kind === "reduction") return rateTargetPhrase(k.kind, target, r.baseline?.year ?? null, k.rate, k.levelTarget, unit);
  if (k.kind === "cumulative" && k.cumulative) return cumulativeTargetPhrase(target, k.cumulative.from, unit);
  return null;
}
