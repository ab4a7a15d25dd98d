// Input shapes and status vocabulary of the progress arithmetic (result shapes are in
// result-types.ts). Plain data only: no framework or database types,
// so the same module runs in a page, an API route, a script or a unit test.
//
// Conventions used throughout lib/progress:
//   - every value is in the indicator's canonical unit (the caller converts beforehand);
//   - every year is a statistical year (the year the data describes, not the year it was
//     published);
//   - fractions are 0..1 (completion 0.57 = 57 %), "Pp" fields are percentage points.
import type { Flag } from "./flags";

export type TargetType = "min" | "max" | "approx"; // 达到 / 控制在…以内 / 左右

/**
 * What a target measures (kinds.ts): the level in year T (达到…); an average annual growth
 * rate from the baseline year b to T (年均增长…%); a fall of x % from the baseline
 * (降低…%); the sum of the annual values of b+1 … T (累计…). `type` keeps its meaning on
 * the figure the plan writes: at least / at most / about that level, rate, fall or sum.
 */
export type TargetKind = "level" | "growth_rate" | "reduction" | "cumulative";

/** Quality flags an observation may carry (the list is flags.ts); see caveats.ts for which ones reach the text. */
export type ObservationFlag = Flag;

/** A value (in the indicator's unit) for a statistical year. */
export interface YearValue {
  year: number;
  value: number;
}

/** One observed value of the indicator for one region. */
export interface ProgressObservation extends YearValue {
  flags: readonly ObservationFlag[];
}

/** Per-plan settings of the schedule check (序时进度). */
export interface Thresholds {
  /** Lag (pp) up to and including which a target is still on track. */
  onTrackLagPp: number;
  /** Lag (pp) up to and including which a target is at risk; beyond it, off track. */
  atRiskLagPp: number;
  /** How far (pp) use of a ceiling's allowance may run ahead of time before "at risk". */
  ceilingMarginPp: number;
  /**
   * Final evaluation: a missed goal whose completion is at least this (percent) is
   * nearly_achieved (基本完成) rather than not_achieved. Exactly at it counts.
   */
  nearlyAchievedPct: number;
}

/** Thresholds used when the plan does not set its own. */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  onTrackLagPp: 10,
  atRiskLagPp: 30,
  ceilingMarginPp: 10,
  nearlyAchievedPct: 95,
});

/**
 * Tolerance used for an `approx` target whose tolerancePct is missing. The plan writes
 * 左右 without a number; 5 % is this project's reading, kept in one place so it can change.
 */
export const DEFAULT_APPROX_TOLERANCE_PCT = 5;

/** The plan's target: reach (min), stay under (max) or be about (approx) `value` in `year`. */
export interface ProgressTarget extends YearValue {
  type: TargetType;
  /** ± band for `approx`, in percent of the target value. Ignored for min/max. */
  tolerancePct?: number | null;
  /** Baseline written next to the target in the plan, when there is one. */
  baseline?: YearValue | null;
  /** Default level. For growth_rate / reduction `value` is not read: the level is implied by `rate`. */
  kind?: TargetKind;
  /** growth_rate: r, reduction: x — in percent (6 = 6 %/yr). Read for those kinds only. */
  rate?: number | null;
  /**
   * cumulative: the year b before the first summed year, when the target states a year
   * but no baseline value (a sum needs none). Falls back to baseline.year, then the plan's base year.
   */
  baselineYear?: number | null;
}

/** The plan facts the arithmetic needs. */
export interface ProgressPlan {
  /** 基期 (2014 for the 成渝 plan). */
  baseYear: number;
  /** First year of the plan period (2016). */
  startYear: number;
  /** 远期展望 year (2030): the end of projections. */
  outlookYear: number;
  thresholds?: Partial<Thresholds> | null;
}

/** How the indicator's unit is written in each language, e.g. 万人 / 万人, 平方公里 / km². */
export interface UnitLabel {
  zh: string;
  en: string;
}

/** Input of evaluateTarget. */
export interface ProgressInput {
  target: ProgressTarget;
  plan: ProgressPlan;
  /** Current value per statistical year, any order, at most one per year. */
  observations: readonly ProgressObservation[];
  /** Year of the evaluation date; the caller passes it (no clock is read in here). */
  evaluationYear: number;
  unit: UnitLabel;
}

/** Overall status of a target; colours and labels in status.ts. */
export type ProgressStatus =
  "achieved" | "nearly_achieved" | "within_cap" | "on_track" | "at_risk" | "off_track" | "not_achieved" | "exceeded" | "no_baseline" | "no_data";

/** Traffic-light colour of a status. */
export type StatusColor = "green" | "yellow" | "red" | "grey";

/** Statuses the schedule check (before the target year has passed) can produce. */
export type ScheduleStatus = Exclude<ProgressStatus, "not_achieved" | "nearly_achieved" | "within_cap">;

/** Statuses the final evaluation (after the target year) can produce. */
export type FinalStatus = "achieved" | "nearly_achieved" | "not_achieved" | "within_cap" | "exceeded" | "no_data";
