// Entry point of the explanation text: picks the final or schedule sentence and appends
// the data-quality caveats.

import { caveatSuffix } from "./caveats";
import { explainFinal } from "./explain-final";
import { explainSchedule } from "./explain-schedule";
import type { ProgressTarget, Thresholds, UnitLabel, YearValue } from "./types";
import type { Bilingual, Caveat, FinalEvaluation, ScheduleCheck, ScheduleMode } from "./result-types";

export interface ExplainInput {
  target: Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">;
  unit: UnitLabel;
  thresholds: Thresholds;
  baseline: YearValue | null;
  latest: YearValue | null;
  /** The schedule check; used when `final` is null. */
  schedule: ScheduleCheck | null;
  /** The final evaluation; when present it is what the sentence explains. */
  final: FinalEvaluation | null;
  caveats: readonly Caveat[];
  /** The result's completion and schedule mode, printed in the final sentence. */
  completion?: number | null;
  mode?: ScheduleMode | null;
  /** A kind's own target phrase (growth rate, reduction) in place of the level's. */
  wording?: { schedule: Bilingual; final: Bilingual };
}

/**
 * The zh and en explanation of a result. With a final evaluation the sentence explains
 * it (see explain-final.ts); otherwise it walks the schedule check (explain-schedule.ts).
 * Caveats, if any, are appended: zh "；注：口径不一致、数据可信度低", en "; note: …".
 * When neither a final evaluation nor a schedule check is given (not produced by
 * evaluateTarget), a plain "no data" sentence is returned.
 */
export function explainProgress(input: ExplainInput): Bilingual {
  const { target, unit, thresholds, baseline, latest, schedule, final, caveats, completion = null, mode = null, wording } = input;
  const body = final
    ? explainFinal({ target, unit, final, baseline, completion, mode, targetText: wording?.final })
    : schedule
      ? explainSchedule({ target, unit, thresholds, baseline, latest, check: schedule, targetText: wording?.schedule })
      : { zh: "无数据", en: "No data" };
  const suffix = caveatSuffix(caveats);
  return { zh: body.zh + suffix.zh, en: body.en + suffix.en };
}
