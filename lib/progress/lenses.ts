// All lenses shown beside the status, computed together. The status itself never depends
// on them: they are alternative readings of the same numbers, and each may be null with a
// reason recorded in nullReasons.

import { cagr, chain, escapScore, none, ok, projectAtRate, statcanRatio, unsdRatio, type LensOutcome } from "./growth-lenses";
import { fitLine, linearPoints, valueOnLine } from "./linear";
import { bandLens, limitLens, targetKind } from "./limit-lenses";
import { signOf } from "./numeric";
import { scheduleMode } from "./schedule";
import type { TargetType, YearValue } from "./types";
import type { LensName, LensNullReason, LinearLens, ProgressLenses } from "./result-types";
import { yearsToTargetAtRate, yearsToTargetLinear } from "./years-to-target";

export interface LensInput {
  baseline: YearValue | null;
  latest: YearValue | null;
  /** type defaults to min (a goal to reach); tolerancePct is read for approx only. */
  target: YearValue & { type?: TargetType; tolerancePct?: number | null };
  /** The figure the status rests on (default: latest). */
  basis?: YearValue | null;
  outlookYear: number;
  /** Normalized observations (ascending, cut at the evaluation year). */
  observations: readonly YearValue[];
}

/**
 * Computes every lens. All need at least two points — a baseline and an observation in a
 * later year — except cagrRequired, which needs only the baseline and the target.
 *   - cagrActual  = (v_t / v_b)^(1/(t−b)) − 1;   cagrRequired = (v_T / v_b)^(1/(T−b)) − 1
 *   - projectedAtTarget = v_t · (1 + cagrActual)^(T − t) (a back-cast when t > T)
 *   - unsd, statcan, escap: see growth-lenses.ts
 *   - linear: least squares over the baseline and later observations; projections at T
 *     and at the outlook year
 *   - yearsToTarget: from the latest observation at cagrActual and at the linear slope
 * Without a baseline every growth lens is null ("no_baseline").
 * By kind (limit-lenses.ts): for a limit (ceiling, floor) or a band (approx) the goal-only
 * lenses — UNSD, Statistics Canada, UNESCAP, years to target — are null with reason
 * not_for_limit / not_for_band, and `limit` / `band` carry the readings that do apply.
 */
export function computeLenses(input: LensInput): ProgressLenses {
  const all = computeGrowthLenses(input);
  const type = input.target.type ?? "min";
  const mode = input.baseline ? scheduleMode(type, input.baseline.value, input.target.value) : null;
  const kind = targetKind(type, mode);
  if (kind === "progress") return all;
  // Growth lenses measure the way covered towards a goal: a limit or a band has none.
  const reason = kind === "limit" ? "not_for_limit" : "not_for_band";
  const nullReasons = { ...all.nullReasons };
  for (const name of GOAL_ONLY) nullReasons[name] = reason;
  const basis = input.basis === undefined ? input.latest : input.basis;
  const slope = all.linear?.slope ?? null;
  return {
    ...all,
    unsd: null,
    statcan: null,
    escap: null,
    yearsToTarget: { atCagr: null, linear: null },
    kind,
    limit: kind === "limit" ? limitLens({ type: type as "min" | "max", target: input.target, baseline: input.baseline, basis, slope }) : null,
    band: kind === "band" ? bandLens(input.target, basis, slope) : null,
    nullReasons,
  };
}

/** The lenses that only make sense for a goal to reach (not for a limit or a band). */
const GOAL_ONLY: readonly LensName[] = ["unsd", "statcan", "escap", "yearsToTargetAtCagr", "yearsToTargetLinear"];

function computeGrowthLenses(input: LensInput): ProgressLenses {
  const { baseline, latest, target, outlookYear, observations } = input;
  const nullReasons: Partial<Record<LensName, LensNullReason>> = {};
  const take = <T>(name: LensName, o: LensOutcome<T>): T | null => {
    if (o.reason !== null) nullReasons[name] = o.reason;
    return o.value;
  };
  if (!baseline) {
    for (const name of ALL_LENSES) nullReasons[name] = "no_baseline";
    return emptyLenses(nullReasons);
  }

  const vb = baseline.value;
  const vT = target.value;
  const d = signOf(vT - vb);
  const later: LensOutcome<YearValue> = latest && latest.year > baseline.year ? ok(latest) : none("no_later_observation");
  const required = cagr(baseline, target, "target_not_after_baseline");
  const actual = chain(later, (l) => cagr(baseline, l, "no_later_observation"));
  const projected = chain(later, (l) => chain(actual, (g) => projectAtRate(l, g, target.year)));
  const linear = chain(later, () => fitLinear(baseline, observations, target.year, outlookYear));

  return {
    cagrActual: take("cagrActual", actual),
    cagrRequired: take("cagrRequired", required),
    projectedAtTarget: take("projectedAtTarget", projected),
    unsd: take(
      "unsd",
      chain(projected, (p) => unsdRatio(p, vb, vT)),
    ),
    statcan: take(
      "statcan",
      chain(actual, (g) => chain(required, (r) => statcanRatio(g, r))),
    ),
    escap: take(
      "escap",
      chain(later, (l) => escapScore(vb, l.value, vT)),
    ),
    linear: take("linear", linear),
    yearsToTarget: {
      atCagr: take(
        "yearsToTargetAtCagr",
        chain(later, (l) => chain(actual, (g) => yearsToTargetAtRate(l.value, vT, g, d))),
      ),
      linear: take(
        "yearsToTargetLinear",
        chain(later, (l) => chain(linear, (fit) => yearsToTargetLinear(l.value, vT, fit.slope, d))),
      ),
    },
    kind: "progress",
    limit: null,
    band: null,
    nullReasons,
  };
}

const ALL_LENSES: readonly LensName[] = [
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

function fitLinear(baseline: YearValue, observations: readonly YearValue[], targetYear: number, outlookYear: number): LensOutcome<LinearLens> {
  const points = linearPoints(baseline, observations);
  const fit = fitLine(points);
  if (!fit) return none("too_few_points");
  return ok({
    slope: fit.slope,
    intercept: fit.intercept,
    projectedAtTarget: valueOnLine(fit, targetYear),
    projectedAtOutlook: valueOnLine(fit, outlookYear),
    points: points.length,
  });
}

/** Every lens null, each with its reason (no data, no baseline, or a kind the lenses do not fit). */
export function emptyLenses(nullReasons: Partial<Record<LensName, LensNullReason>>): ProgressLenses {
  return {
    cagrActual: null,
    cagrRequired: null,
    projectedAtTarget: null,
    unsd: null,
    statcan: null,
    escap: null,
    linear: null,
    yearsToTarget: { atCagr: null, linear: null },
    kind: "progress",
    limit: null,
    band: null,
    nullReasons,
  };
}
