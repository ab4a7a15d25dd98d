// Schedule check (序时进度): while the target year is still ahead (evaluation year ≤ T),
// compare how much of the way to the target has been covered with how much of the time
// has elapsed.
//
//   completion c = (v_t − v_b) / (v_T − v_b)      time share s = (t − b) / (T − b)
//   lag = 100 · (s − c) percentage points (positive = behind schedule)

import { effectiveTolerancePct, ppAtMost, signOf, withinTolerance } from "./numeric";
import { DEFAULT_THRESHOLDS, type ProgressTarget, type ScheduleStatus, type Thresholds, type YearValue } from "./types";
import type { ScheduleCheck, ScheduleMode, ScheduleReason } from "./result-types";

type Target = Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">;
type Verdict = { status: ScheduleStatus; reason: ScheduleReason };

const exceeded: Verdict = { status: "exceeded", reason: "ceiling_exceeded" };

/**
 * How a target is read during the schedule check, from its type and the direction
 * d = sign(v_T − v_b):
 *   - v_T = v_b → "hold" (zero denominator: completion undefined);
 *   - min with d = +1, max with d = −1, approx either way → "reach": cover the distance
 *     to the target (a max below the baseline is a required reduction, the mirror of a
 *     min above it);
 *   - max with d = +1 → "ceiling": growth is allowed up to the cap;
 *   - min with d = −1 → "floor": decline is allowed down to the floor (mirror of ceiling).
 * Why not apply the min/max rules literally regardless of direction: a max below the
 * baseline would be "exceeded" on day one, and a min that falls below a floor set under
 * the baseline would show completion > 1, i.e. "ahead of schedule".
 */
export function scheduleMode(type: Target["type"], baselineValue: number, targetValue: number): ScheduleMode {
  const d = signOf(targetValue - baselineValue);
  if (d === 0) return "hold";
  if (type === "max" && d > 0) return "ceiling";
  if (type === "min" && d < 0) return "floor";
  return "reach";
}

/**
 * Decides a status from the latest value alone, without completion or time share.
 * Returns null when the value alone does not settle it.
 *   - mode null (no usable baseline): min achieved once v ≥ v_T; max exceeded once
 *     v > v_T (a reduction target cannot be told apart from a ceiling without a
 *     baseline, so the cap is read literally); approx achieved when within the band.
 *   - reach: achieved once the target is reached or passed (approx: within the band).
 *   - ceiling: exceeded once v > v_T (exactly at the cap is not exceeded).
 *   - floor: off_track once v < v_T.
 *   - hold: always decides — min: achieved / off_track (below the target);
 *     max: on_track / exceeded; approx: achieved / off_track (outside the band).
 */
function decideByValueAlone(target: Target, mode: ScheduleMode | null, value: number): Verdict | null {
  const vT = target.value;
  if (target.type === "approx") {
    if (inApproxBand(target, value)) return { status: "achieved", reason: "within_band" };
    return mode === "hold" ? decideHold(target, value) : null;
  }
  switch (mode) {
    case null:
      if (target.type === "min" && value >= vT) return { status: "achieved", reason: "reached" };
      if (target.type === "max" && value > vT) return exceeded;
      return null;
    case "reach":
      if (target.type === "min" && value >= vT) return { status: "achieved", reason: "reached" };
      if (target.type === "max" && value <= vT) return { status: "achieved", reason: "reached" };
      return null;
    case "ceiling":
      return value > vT ? exceeded : null;
    case "floor":
      return value < vT ? { status: "off_track", reason: "floor_breached" } : null;
    case "hold":
      return decideHold(target, value);
  }
}

/** hold mode (v_T == v_b): the comparison of v_t with v_T is all there is. */
function decideHold(target: Target, value: number): Verdict {
  const vT = target.value;
  if (target.type === "min") {
    return value >= vT ? { status: "achieved", reason: "reached" } : { status: "off_track", reason: "below_target" };
  }
  if (target.type === "max") return value > vT ? exceeded : { status: "on_track", reason: "within_cap" };
  return inApproxBand(target, value) ? { status: "achieved", reason: "within_band" } : { status: "off_track", reason: "outside_band" };
}

function inApproxBand(target: Target, value: number): boolean {
  return withinTolerance(value, target.value, effectiveTolerancePct("approx", target.tolerancePct));
}

export interface ScheduleInput {
  target: Target;
  baseline: YearValue | null;
  latest: YearValue | null;
  thresholds: Thresholds;
}

/**
 * Runs the schedule check. Rules, in order:
 *   1. no observation → no_data;
 *   2. no baseline → decideByValueAlone(mode null), else no_baseline;
 *   3. baseline year ≥ target year (time share undefined) → value alone, else
 *      no_baseline (reason baseline_not_before_target);
 *   4. latest year ≤ baseline year (t == b included: no time has elapsed, so nothing
 *      about the pace can be said) → value alone, else no_data
 *      (reason no_observation_since_baseline);
 *   5. hold mode (v_T == v_b) → value alone; time share reported, completion/lag null;
 *   6. reach: achieved once reached (approx: within band); an approx target passed beyond
 *      its band → at_risk (overshoot); else lag ≤ onTrackLagPp → on_track,
 *      ≤ atRiskLagPp → at_risk, else off_track (boundaries inclusive: lag exactly 10 is
 *      on track, exactly 30 at risk);
 *   7. ceiling/floor: exceeded (ceiling) / off_track (floor) once breached; else the share
 *      of the allowance used is c, and at_risk if 100·(c − s) > ceilingMarginPp (exactly
 *      at the margin is still on track), else on_track.
 * Negative growth needs no special case: it gives c < 0 and hence a lag above 100·s.
 */
export function checkSchedule({ target, baseline, latest, thresholds }: ScheduleInput): ScheduleCheck {
  const empty = { completion: null, timeShare: null, lagPp: null };
  if (!latest) return { status: "no_data", reason: "no_observation", mode: null, ...empty };
  if (!baseline) {
    const v = decideByValueAlone(target, null, latest.value);
    return { ...(v ?? { status: "no_baseline", reason: "no_baseline" }), mode: null, ...empty };
  }
  const mode = scheduleMode(target.type, baseline.value, target.value);
  const byValue = decideByValueAlone(target, mode, latest.value);
  if (baseline.year >= target.year) {
    return { ...(byValue ?? { status: "no_baseline", reason: "baseline_not_before_target" }), mode, ...empty };
  }
  if (latest.year <= baseline.year) {
    return { ...(byValue ?? { status: "no_data", reason: "no_observation_since_baseline" }), mode, ...empty };
  }
  const timeShare = (latest.year - baseline.year) / (target.year - baseline.year);
  if (mode === "hold") {
    return { ...decideHold(target, latest.value), mode, completion: null, timeShare, lagPp: null };
  }
  const completion = (latest.value - baseline.value) / (target.value - baseline.value);
  const lagPp = 100 * (timeShare - completion);
  const verdict = byValue ?? decideByPace(target, mode, completion, lagPp, thresholds);
  return { ...verdict, mode, completion, timeShare, lagPp };
}

function decideByPace(target: Target, mode: Exclude<ScheduleMode, "hold">, completion: number, lagPp: number, t: Thresholds): Verdict {
  if (mode === "ceiling" || mode === "floor") {
    // -lagPp = 100·(c − s): how far use of the allowance runs ahead of time.
    return ppAtMost(-lagPp, t.ceilingMarginPp) ? { status: "on_track", reason: "allowance_ok" } : { status: "at_risk", reason: "allowance_ahead" };
  }
  // Only reached for values outside the band: c > 1 means the target was passed.
  if (target.type === "approx" && completion > 1) return { status: "at_risk", reason: "overshoot" };
  if (ppAtMost(lagPp, t.onTrackLagPp)) return { status: "on_track", reason: "lag_on_track" };
  if (ppAtMost(lagPp, t.atRiskLagPp)) return { status: "at_risk", reason: "lag_at_risk" };
  return { status: "off_track", reason: "lag_off_track" };
}

/**
 * Fills a plan's partial thresholds with the defaults (10 / 30 / 10 pp, 95 %). Non-finite
 * entries fall back to the default too, so a bad setting cannot silently turn every
 * comparison false. No ordering is enforced: if atRiskLagPp < onTrackLagPp, nothing is
 * ever at_risk by lag — the plan's settings are taken as given.
 */
export function resolveThresholds(partial: Partial<Thresholds> | null | undefined): Thresholds {
  const pick = (k: keyof Thresholds): number => {
    const v = partial?.[k];
    return v != null && Number.isFinite(v) ? v : DEFAULT_THRESHOLDS[k];
  };
  return {
    onTrackLagPp: pick("onTrackLagPp"),
    atRiskLagPp: pick("atRiskLagPp"),
    ceilingMarginPp: pick("ceilingMarginPp"),
    nearlyAchievedPct: pick("nearlyAchievedPct"),
  };
}
