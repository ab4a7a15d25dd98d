// Choice of the baseline (基期值) a target is measured from.

import { latestAtOrBefore, observationInYear } from "./observations";
import type { ProgressObservation, ProgressPlan, ProgressTarget } from "./types";
import type { Baseline } from "./result-types";

/**
 * Chooses the baseline, in this order of preference:
 *   1. the target's own baseline, when the plan states one next to the target
 *      (source "target", no flags — it is the plan's own number);
 *   2. the observation in the plan's base year (2014 for the 成渝 plan) — "base_year";
 *   3. the latest observation at or before the plan's start year (2016), which may be
 *      before the base year too (e.g. 2012 when 2013–2016 are missing) — "before_start";
 *   4. none (null): the schedule check then cannot run (status no_baseline unless the
 *      latest value alone settles it).
 *
 * `observations` must be normalized (see normalizeObservations), so observations after
 * the evaluation year are never picked. A target baseline with a non-finite year or value
 * is ignored. The baseline may lie at or after the target year when the data are odd;
 * the schedule check handles that case (see schedule.ts).
 */
export function chooseBaseline(
  target: Pick<ProgressTarget, "baseline">,
  plan: Pick<ProgressPlan, "baseYear" | "startYear">,
  observations: readonly ProgressObservation[],
): Baseline | null {
  const own = target.baseline;
  if (own && Number.isFinite(own.year) && Number.isFinite(own.value)) {
    return { year: own.year, value: own.value, source: "target", flags: [] };
  }
  const inBaseYear = observationInYear(observations, plan.baseYear);
  if (inBaseYear) {
    return { ...pick(inBaseYear), source: "base_year" };
  }
  const beforeStart = latestAtOrBefore(observations, plan.startYear);
  if (beforeStart) {
    return { ...pick(beforeStart), source: "before_start" };
  }
  return null;
}

function pick(o: ProgressObservation): Omit<Baseline, "source"> {
  return { year: o.year, value: o.value, flags: o.flags };
}
