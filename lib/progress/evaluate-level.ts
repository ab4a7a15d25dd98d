// The level target (达到… / 控制在…以内 / …左右 in year T): one target, its observations and
// an evaluation year in; status, numbers, lenses, chart series and explanation out. Pure: no
// clock, no I/O, same input → same result. The other kinds are read as a level too
// (evaluate-rate.ts, evaluate-cumulative.ts).

import { chooseBaseline } from "./baseline";
import { collectCaveats } from "./caveats";
import { explainProgress } from "./explain";
import { evaluateFinal } from "./final";
import { computeLenses } from "./lenses";
import { latestObservation, normalizeObservations } from "./observations";
import { plannedTrajectory, projectionSeries } from "./projection";
import { checkSchedule, resolveThresholds, scheduleMode } from "./schedule";
import type { Bilingual, FinalEvaluation, ProgressResult } from "./result-types";
import type { ProgressInput, ProgressObservation, YearValue } from "./types";

/** Replaces the target phrase of the explanation (a rate kind's own wording). */
export interface LevelWording {
  schedule: Bilingual;
  final: Bilingual;
}

/**
 * Evaluates one target as of `input.evaluationYear`.
 *
 * - Observations after the evaluation year are ignored (see normalizeObservations).
 * - Baseline: see chooseBaseline. Latest: the most recent observation ≤ evaluation year.
 * - Evaluation year > target year → final evaluation (final.ts); `status` is the final
 *   status and `schedule` is null. The latest observation is still reported even when
 *   it is after T, and the lenses use it.
 * - Evaluation year ≤ target year (the target year itself included) → schedule check
 *   (schedule.ts); `status` = `schedule`, `final` = null.
 * - completion/timeShare/lagPp: from the schedule check before T. After T, completion is
 *   the completion of the value used for the final evaluation (needs a baseline and
 *   v_T ≠ v_b), and timeShare/lagPp are null (the schedule no longer applies).
 * - basis: the figure the status rests on — the final-evaluation observation once T has
 *   passed (which may be older than `latest`: a 2021 figure does not judge a 2020
 *   target), else the latest observation. Every view shows this figure beside the status.
 * - scheduleMode: also set after T (from the baseline), so the final sentence can word a
 *   ceiling's completion as the share of the allowance used.
 * - Caveats: definition_differs / low_confidence flags on the baseline, latest or
 *   final-evaluation observation.
 */
export function evaluateLevel(input: ProgressInput, wording?: LevelWording): ProgressResult {
  const { target, plan, unit, evaluationYear } = input;
  const thresholds = resolveThresholds(plan.thresholds);
  const observations = normalizeObservations(input.observations, evaluationYear);
  const baseline = chooseBaseline(target, plan, observations);
  const latest = latestObservation(observations);
  const targetPassed = evaluationYear > target.year;

  const final = targetPassed ? evaluateFinal(target, observations, { baseline, nearlyAchievedPct: thresholds.nearlyAchievedPct }) : null;
  const check = targetPassed ? null : checkSchedule({ target, baseline, latest, thresholds });

  const basis = final ? finalBasis(final) : latest;
  const lenses = computeLenses({ baseline, latest, basis, target, outlookYear: plan.outlookYear, observations });
  const projection = projectionSeries({
    latest,
    cagrActual: lenses.cagrActual,
    linearSlope: lenses.linear?.slope ?? null,
    endYear: Math.max(target.year, plan.outlookYear),
  });

  const caveats = collectCaveats([baseline?.flags, latest?.flags, final?.flags]);
  const completion = check ? check.completion : finalCompletion(baseline, target, final?.value ?? null);
  const mode = check ? check.mode : baseline ? scheduleMode(target.type, baseline.value, target.value) : null;
  const explanation = explainProgress({
    completion,
    mode,
    target,
    unit,
    thresholds,
    baseline,
    latest,
    schedule: check,
    final,
    caveats,
    wording,
  });

  return {
    baseline,
    latest,
    targetPassed,
    basis,
    completion,
    timeShare: check?.timeShare ?? null,
    lagPp: check?.lagPp ?? null,
    status: final ? final.status : (check?.status ?? "no_data"),
    schedule: check?.status ?? null,
    scheduleMode: mode,
    scheduleReason: check?.reason ?? null,
    final,
    lenses,
    projection: projection.points,
    projectionMethod: projection.method,
    plannedTrajectory: plannedTrajectory(baseline, target),
    explanation,
    caveats,
    thresholds,
    reading: { kind: "level", rate: null, levelTarget: target.value, realizedRate: null, realizedYear: null, cumulative: null },
  };
}

/** (v − v_b) / (v_T − v_b) for the final value; null without baseline, value, or when v_T = v_b. */
function finalCompletion(baseline: YearValue | null, target: YearValue, value: number | null): number | null {
  if (!baseline || value === null || target.value === baseline.value) return null;
  return (value - baseline.value) / (target.value - baseline.value);
}

/** The observation a final verdict rests on (T, else T−1, else T+1); null when none. */
function finalBasis(final: FinalEvaluation): ProgressObservation | null {
  return final.year === null || final.value === null ? null : { year: final.year, value: final.value, flags: final.flags };
}
