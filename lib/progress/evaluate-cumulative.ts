// cumulative targets (累计…): the sum of the annual values of b+1 … T against the target
// sum S. Read as a level whose baseline is 0 in year b and whose value at t is the running
// sum: completion = sum / S, time share = (t − b)/(T − b) (the share of years elapsed),
// and the level rules (reach for min, ceiling for max, band for approx) decide.

import { emptyLenses } from "./lenses";
import { caveatSuffix, collectCaveats } from "./caveats";
import { cumulativeLens, runningSum } from "./cumulative";
import { explainCumulativeFinal, explainCumulativeSchedule } from "./explain-cumulative";
import { finalStatus } from "./final";
import { latestObservation, normalizeObservations, observationInYear } from "./observations";
import { checkSchedule, resolveThresholds, scheduleMode } from "./schedule";
import type { FinalEvaluation, LensName, LensNullReason, ProgressLenses, ProgressResult, ScheduleCheck } from "./result-types";
import type { ObservationFlag, ProgressInput } from "./types";

/**
 * Evaluates a cumulative target.
 * - b: the target's baseline year (baseline.year, else baselineYear), else the plan's base
 *   year. b ≥ T → no_baseline (baseline_not_before_target).
 * - Before T passes: no figure in b+1 … T → no_data; a year missing inside b+1 … t →
 *   no_data with reason missing_years (reading.cumulative.missingYears names them; the
 *   sum is not guessed); else the schedule check of (b, 0) → (T, S) at (t, sum).
 * - After T: every year of b+1 … T is needed; else final no_data with the missing years.
 *   With all years: the level's final rules on (sum, S) with baseline 0 — min: achieved /
 *   nearly_achieved (sum/S ≥ nearlyAchievedPct %) / not_achieved; max: within_cap /
 *   exceeded; approx: within ±tolerance % of S.
 * - basis: the last annual figure summed (the status rests on the sum through its year).
 * - Lenses: the growth lenses are null (not_for_cumulative); `cumulative` holds the pace.
 * - No chart trajectory or projection: the chart shows annual figures, the target is a sum.
 */
export function evaluateCumulative(input: ProgressInput): ProgressResult {
  const { target, plan, unit, evaluationYear } = input;
  const thresholds = resolveThresholds(plan.thresholds);
  const observations = normalizeObservations(input.observations, evaluationYear);
  const from = target.baseline?.year ?? target.baselineYear ?? plan.baseYear;
  const targetPassed = evaluationYear > target.year;
  const reading = runningSum(observations, from, target.year, targetPassed);
  const latest = latestObservation(observations);
  const summed = reading.years.map((y) => observationInYear(observations, y)!);
  const basis = reading.through === null ? null : observationInYear(observations, reading.through);
  const zero = { year: from, value: 0 };
  const levelTarget = { year: target.year, value: target.value, type: target.type, tolerancePct: target.tolerancePct };
  const flags = [...new Set<ObservationFlag>(summed.flatMap((o) => o.flags))];

  let check: ScheduleCheck | null = null;
  let final: FinalEvaluation | null = null;
  if (from >= target.year) {
    check = { status: "no_baseline", reason: "baseline_not_before_target", mode: null, completion: null, timeShare: null, lagPp: null };
  } else if (!targetPassed) {
    check =
      reading.through === null
        ? { status: "no_data", reason: latest ? "no_observation_since_baseline" : "no_observation", mode: null, completion: null, timeShare: null, lagPp: null }
        : reading.sum === null
          ? { status: "no_data", reason: "missing_years", mode: null, completion: null, timeShare: null, lagPp: null }
          : checkSchedule({ target: levelTarget, baseline: zero, latest: { year: reading.through, value: reading.sum }, thresholds });
  } else {
    final = finalOfSum(levelTarget, reading.sum, flags, zero, thresholds.nearlyAchievedPct);
  }
  const completion = check ? check.completion : reading.sum !== null && target.value !== 0 && final ? reading.sum / target.value : null;
  const caveats = collectCaveats([flags]);
  const mode = check ? check.mode : scheduleMode(target.type, 0, target.value);
  const body = final
    ? explainCumulativeFinal({ target, unit, reading, final, completion })
    : explainCumulativeSchedule({ target, unit, thresholds, reading, check: check! });
  const suffix = caveatSuffix(caveats);
  const status = final ? final.status : check!.status;
  return {
    baseline: null,
    latest,
    targetPassed,
    basis: final && final.status === "no_data" ? null : basis,
    completion,
    timeShare: check?.timeShare ?? null,
    lagPp: check?.lagPp ?? null,
    status,
    schedule: check?.status ?? null,
    scheduleMode: mode,
    scheduleReason: check?.reason ?? null,
    final,
    lenses: lensesOf(cumulativeLens(reading, target.value, target.year)),
    projection: [],
    projectionMethod: null,
    plannedTrajectory: [],
    explanation: { zh: body.zh + suffix.zh, en: body.en + suffix.en },
    caveats,
    thresholds,
    reading: { kind: "cumulative", rate: null, levelTarget: target.value, realizedRate: null, realizedYear: null, cumulative: reading },
  };
}

function finalOfSum(
  target: { year: number; value: number; type: ProgressInput["target"]["type"]; tolerancePct?: number | null },
  sum: number | null,
  flags: ObservationFlag[],
  zero: { year: number; value: number },
  nearlyAchievedPct: number,
): FinalEvaluation {
  if (sum === null) {
    return { status: "no_data", year: null, value: null, yearOffset: null, flags: [], ratioPct: null, excess: null, shortfall: null, deviationPct: null };
  }
  const S = target.value;
  const status = finalStatus(target, sum, { baseline: zero, nearlyAchievedPct });
  const goal = target.type === "min" && S > 0;
  return {
    status,
    year: target.year,
    value: sum,
    yearOffset: 0,
    flags,
    ratioPct: S === 0 ? null : (sum / S) * 100,
    excess: target.type === "max" && sum > S ? sum - S : null,
    shortfall: goal && status !== "achieved" ? S - sum : target.type === "min" && sum < S ? S - sum : null,
    deviationPct: S === 0 ? null : ((sum - S) / Math.abs(S)) * 100,
  };
}

const GROWTH_LENSES: readonly LensName[] = [
  "cagrActual",
  "cagrRequired",
  "projectedAtTarget",
  "unsd",
  "statcan",
  "escap",
  "linear",
  "yearsToTargetAtCagr",
  "yearsToTargetLinear",
];

/** Growth lenses measure a level's path; a sum has none: each is null with reason not_for_cumulative. */
function lensesOf(cumulative: ProgressLenses["cumulative"]): ProgressLenses {
  const nullReasons: Partial<Record<LensName, LensNullReason>> = {};
  for (const name of GROWTH_LENSES) nullReasons[name] = "not_for_cumulative";
  return { ...emptyLenses(nullReasons), cumulative };
}
