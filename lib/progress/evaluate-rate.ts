// growth_rate and reduction targets. Both imply a level in year T (kinds.ts); the schedule
// check, lenses and projection are those of a level target of that value, and the final
// verdict compares the realized rate with the plan's:
//   growth_rate: realized average growth from b to the year used (T, else T−1, else T+1)
//                against r — the same as comparing v_y with the path value v_b·(1+r)^(y−b);
//   reduction:   realized fall from v_b to v_y against x — the same as comparing v_y with
//                the level v_b·(1 − x) (so the level's final evaluation is used as is).

import { chooseBaseline } from "./baseline";
import { collectCaveats } from "./caveats";
import { evaluateLevel } from "./evaluate-level";
import { explainRateFinal, explainRateUnreadable, rateTargetPhrase } from "./explain-kinds";
import { caveatSuffix } from "./caveats";
import { finalStatus, pickFinalObservation } from "./final";
import { growthPath, growthPathValue, impliedLevel, levelTolerancePct, levelType, rateWithinBand, realizedFallPct, realizedGrowthPct } from "./kinds";
import { computeLenses } from "./lenses";
import { latestObservation, normalizeObservations } from "./observations";
import { resolveThresholds, scheduleMode } from "./schedule";
import type { Baseline, FinalEvaluation, ProgressResult } from "./result-types";
import type { ProgressInput, ProgressObservation, ProgressTarget } from "./types";

type RateKind = "growth_rate" | "reduction";

/**
 * Evaluates a growth_rate or reduction target.
 * - Baseline: chooseBaseline (the target's own, else the base-year or pre-start figure).
 * - Without a baseline, with a baseline value ≤ 0, or without a rate, the target cannot
 *   be read: status no_baseline (no_data when there is no observation at all), in both
 *   phases (`final` stays null: there is no level to judge against), every lens null.
 * - Schedule (evaluation year ≤ T): the level target v_b·(1+r)^(T−b) or v_b·(1−x), its
 *   type as levelType gives, approx band as levelTolerancePct gives.
 * - Final (evaluation year > T): growth_rate — min/max as the level rules applied to the
 *   path value of the year used (so nearly_achieved is completion ≥ nearlyAchievedPct of
 *   the path's rise), approx — the realized rate within r·(1 ± tolerance); completion =
 *   (v_y − v_b)/(path(y) − v_b). reduction — the level's final evaluation as is.
 * - reading.realizedRate: growth/fall from b to the basis year, in percent.
 */
export function evaluateRate(input: ProgressInput, kind: RateKind): ProgressResult {
  const { target, plan, unit, evaluationYear } = input;
  const observations = normalizeObservations(input.observations, evaluationYear);
  const baseline = chooseBaseline(target, plan, observations);
  const rate = target.rate ?? null;
  const level = impliedLevel(kind, baseline, rate, target.year);
  const wording = rateTargetPhrase(kind, target, baseline?.year ?? null, rate, level, unit);
  if (level === null || rate === null || !baseline) return unreadable(input, kind, observations, baseline, rate, wording);

  const levelTarget: ProgressTarget = {
    year: target.year,
    value: level,
    type: levelType(kind, target.type),
    tolerancePct: levelTolerancePct(kind, target.type, rate, target.tolerancePct, target.year - baseline.year),
    // the plan's own baseline is passed on; an observed one is found again by the level evaluation
    baseline: baseline.source === "target" ? { year: baseline.year, value: baseline.value } : null,
  };
  const base = evaluateLevel({ ...input, target: levelTarget }, { schedule: wording, final: wording });
  const growthFinal =
    kind === "growth_rate" && base.final ? finalOfGrowth(levelTarget, target, rate, baseline, observations, base.thresholds.nearlyAchievedPct) : null;
  const final = growthFinal?.final ?? base.final;
  const completion = growthFinal ? growthFinal.completion : base.completion;
  const basis = base.basis;
  const realizedRate = basis ? (kind === "growth_rate" ? realizedGrowthPct(baseline, basis) : realizedFallPct(baseline, basis)) : null;
  const explanation = final
    ? withCaveats(explainRateFinal({ kind, target, rate, unit, baseline, final, completion, realizedRate, wording }), base.caveats)
    : base.explanation;
  return {
    ...base,
    final,
    completion,
    status: final ? final.status : base.status,
    explanation,
    plannedTrajectory: kind === "growth_rate" ? growthPath(baseline, rate, target.year) : base.plannedTrajectory,
    reading: { kind, rate, levelTarget: level, realizedRate, realizedYear: realizedRate === null ? null : (basis?.year ?? null), cumulative: null },
  };
}

/** The final verdict of a growth target on the year used (see evaluateRate). */
function finalOfGrowth(
  levelTarget: ProgressTarget,
  target: ProgressTarget,
  rate: number,
  baseline: Baseline,
  observations: readonly ProgressObservation[],
  nearlyAchievedPct: number,
): { final: FinalEvaluation; completion: number | null } | null {
  const picked = pickFinalObservation(observations, target.year);
  if (!picked) return null;
  const { observation, yearOffset } = picked;
  const v = observation.value;
  const path = growthPathValue(baseline, rate, observation.year);
  const g = realizedGrowthPct(baseline, observation);
  const status =
    target.type === "approx"
      ? g !== null && rateWithinBand(g, rate, target.tolerancePct)
        ? "achieved"
        : "not_achieved"
      : finalStatus({ value: path, type: levelTarget.type }, v, { baseline, nearlyAchievedPct });
  const mode = scheduleMode(levelTarget.type, baseline.value, path);
  const limit = (levelTarget.type === "max" && mode !== "reach") || (levelTarget.type === "min" && mode === "floor");
  const goal = target.type !== "approx" && !limit;
  const final: FinalEvaluation = {
    status,
    year: observation.year,
    value: v,
    yearOffset,
    flags: observation.flags,
    ratioPct: path === 0 ? null : (v / path) * 100,
    excess: levelTarget.type === "max" && v > path ? v - path : null,
    shortfall: goal && status !== "achieved" ? Math.abs(path - v) : levelTarget.type === "min" && v < path ? path - v : null,
    deviationPct: path === 0 ? null : ((v - path) / Math.abs(path)) * 100,
  };
  return { final, completion: path === baseline.value ? null : (v - baseline.value) / (path - baseline.value) };
}

/** A rate target that cannot be read as a level (no baseline, baseline ≤ 0, no rate). */
function unreadable(
  input: ProgressInput,
  kind: RateKind,
  observations: readonly ProgressObservation[],
  baseline: Baseline | null,
  rate: number | null,
  wording: { zh: string; en: string },
): ProgressResult {
  const { target, plan, unit, evaluationYear } = input;
  const latest = latestObservation(observations);
  const reason = !baseline ? "no_baseline" : baseline.year >= target.year && kind === "growth_rate" ? "baseline_not_before_target" : "baseline_not_positive";
  const status = latest ? "no_baseline" : "no_data";
  const caveats = collectCaveats([baseline?.flags, latest?.flags]);
  // type "min" and no baseline: the lens module then returns every lens null with reason no_baseline
  const lenses = computeLenses({ baseline: null, latest, target: { year: target.year, value: 0, type: "min" }, outlookYear: plan.outlookYear, observations });
  return {
    baseline,
    latest,
    targetPassed: evaluationYear > target.year,
    basis: latest,
    completion: null,
    timeShare: null,
    lagPp: null,
    status,
    schedule: status,
    scheduleMode: null,
    scheduleReason: latest ? reason : "no_observation",
    final: null,
    lenses,
    projection: [],
    projectionMethod: null,
    plannedTrajectory: [],
    explanation: withCaveats(explainRateUnreadable({ wording, baseline, latest, unit, reason: latest ? reason : "no_observation" }), caveats),
    caveats,
    thresholds: resolveThresholds(plan.thresholds),
    reading: { kind, rate, levelTarget: null, realizedRate: null, realizedYear: null, cumulative: null },
  };
}

function withCaveats(body: { zh: string; en: string }, caveats: ProgressResult["caveats"]): { zh: string; en: string } {
  const s = caveatSuffix(caveats);
  return { zh: body.zh + s.zh, en: body.en + s.en };
}
