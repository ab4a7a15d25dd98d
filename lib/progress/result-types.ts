// Result shapes of the progress arithmetic (see types.ts for inputs and conventions:
// values in the indicator's unit, statistical years, fractions 0..1, "Pp" = points).

import type { CumulativeLens, KindReading } from "./kind-types";
import type { BandLens, LimitLens } from "./limit-types";
import type { FinalStatus, ObservationFlag, ProgressObservation, ProgressStatus, ScheduleStatus, Thresholds, YearValue } from "./types";

/** Where the baseline came from: the target itself, the base-year observation, or the latest observation ≤ start year. */
type BaselineSource = "target" | "base_year" | "before_start";

/** The point progress is measured from. */
export interface Baseline extends YearValue {
  source: BaselineSource;
  /** Flags of the observation used; empty when the baseline comes from the target. */
  flags: readonly ObservationFlag[];
}

/**
 * How the schedule check reads a target, from its type and where the target lies
 * relative to the baseline (see schedule.ts for the full rules):
 *   reach   – move from the baseline to the target (min upwards, max downwards, approx);
 *   ceiling – a max above the baseline: growth is allowed up to a cap;
 *   floor   – a min below the baseline: decline is allowed down to a floor;
 *   hold    – target equals the baseline: completion is undefined.
 */
export type ScheduleMode = "reach" | "ceiling" | "floor" | "hold";

/** Why the schedule check reached its status; drives the explanation text. */
export type ScheduleReason =
  | "reached"
  | "within_band"
  | "lag_on_track"
  | "lag_at_risk"
  | "lag_off_track"
  | "overshoot"
  | "allowance_ok"
  | "allowance_ahead"
  | "ceiling_exceeded"
  | "floor_breached"
  | "below_target"
  | "outside_band"
  | "within_cap"
  | "no_baseline"
  | "baseline_not_before_target"
  | "no_observation"
  | "no_observation_since_baseline"
  | "baseline_not_positive"
  | "missing_years";

/** Outcome of the schedule check (序时进度), see schedule.ts. */
export interface ScheduleCheck {
  status: ScheduleStatus;
  reason: ScheduleReason;
  /** null when there is no usable baseline. */
  mode: ScheduleMode | null;
  completion: number | null;
  timeShare: number | null;
  lagPp: number | null;
}

/** Outcome of the final evaluation once the target year has passed, see final.ts. */
export interface FinalEvaluation {
  status: FinalStatus;
  /** Year of the observation used (T, else T−1, else T+1); null when none. */
  year: number | null;
  value: number | null;
  /** year − T: 0, −1 or +1; null when no observation was usable. */
  yearOffset: -1 | 0 | 1 | null;
  flags: readonly ObservationFlag[];
  /** value / target × 100; null without data or when the target value is 0. */
  ratioPct: number | null;
  /** max targets: value − target when above the ceiling, else null. */
  excess: number | null;
  /** Goals missed (not_achieved, nearly_achieved) and floors breached: |v_T − v|; else null. */
  shortfall: number | null;
  /** (value − target) / |target| × 100; null without data or when the target is 0. */
  deviationPct: number | null;
}

/** Observation flags that must be surfaced with the result (the data are still used). */
export type Caveat = "definition_differs" | "low_confidence";

/** UNSD SDG Progress Chart categories of the ratio r (see growth-lenses.ts). */
export type UnsdCategory = "on_track" | "fair" | "stagnation_or_regression";
/** Statistics Canada / Open SDG categories of the ratio R (see growth-lenses.ts). */
export type StatcanCategory = "substantial" | "moderate" | "limited" | "deterioration";

/** Keys of ProgressLenses.nullReasons. */
export type LensName =
  "cagrActual" | "cagrRequired" | "projectedAtTarget" | "unsd" | "statcan" | "escap" | "linear" | "yearsToTargetAtCagr" | "yearsToTargetLinear";

/** Why a lens could not be computed. */
export type LensNullReason =
  | "no_baseline"
  | "no_later_observation"
  | "target_not_after_baseline"
  | "zero_baseline_value"
  | "negative_value"
  | "non_positive_value"
  | "target_equals_baseline"
  | "too_few_points"
  | "no_progress"
  | "wrong_direction"
  | "not_for_limit"
  | "not_for_band"
  | "not_for_cumulative";

/** Least-squares line over the baseline and later observations. */
export interface LinearLens {
  /** Change per year, in the indicator's unit. */
  slope: number;
  /** Fitted value at year 0, so that value(year) = intercept + slope × year. */
  intercept: number;
  projectedAtTarget: number;
  projectedAtOutlook: number;
  /** Number of points fitted (baseline + later observations). */
  points: number;
}

/** Alternative readings shown beside the status; they never change the status. */
export interface ProgressLenses {
  cagrActual: number | null;
  cagrRequired: number | null;
  projectedAtTarget: number | null;
  unsd: { ratio: number; category: UnsdCategory } | null;
  statcan: { ratio: number; category: StatcanCategory } | null;
  escap: { score: number } | null;
  linear: LinearLens | null;
  yearsToTarget: { atCagr: number | null; linear: number | null };
  /** progress: towards a goal; limit: a ceiling or floor; band: an approx target. */
  kind: "progress" | "limit" | "band";
  limit: LimitLens | null;
  band: BandLens | null;
  /** Cumulative targets only (the growth lenses are null for them): see cumulative.ts. */
  cumulative?: CumulativeLens | null;
  /** Why a lens is null (only lenses that are null appear here). */
  nullReasons: Partial<Record<LensName, LensNullReason>>;
}

/** A text in Chinese and English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Everything evaluateTarget returns for one target. */
export interface ProgressResult {
  baseline: Baseline | null;
  latest: ProgressObservation | null;
  /**
   * The figure the status rests on: the final-evaluation observation once the target
   * year has passed, else the latest observation. Shown beside the status everywhere.
   */
  basis: ProgressObservation | null;
  /** True when the evaluation year is after the target year (final evaluation applies). */
  targetPassed: boolean;
  completion: number | null;
  timeShare: number | null;
  lagPp: number | null;
  /** Final status once the target year has passed, else the schedule status. */
  status: ProgressStatus;
  /** Schedule-check status; null once the target year has passed. */
  schedule: ScheduleStatus | null;
  /** How the target reads against its baseline (null without one), in both phases. */
  scheduleMode: ScheduleMode | null;
  scheduleReason: ScheduleReason | null;
  final: FinalEvaluation | null;
  lenses: ProgressLenses;
  /** Dashed line for charts: from the latest observation to max(target year, outlook). */
  projection: YearValue[];
  projectionMethod: "cagr" | "linear" | null;
  /** Straight line from the baseline to the target, one point per year. */
  plannedTrajectory: YearValue[];
  explanation: Bilingual;
  caveats: Caveat[];
  thresholds: Thresholds;
  /** The target's kind and the figures of its own arithmetic (rate, implied level, running sum). */
  reading: KindReading;
}
