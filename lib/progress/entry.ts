// The evaluated target as the data layer hands it to pages, the API, exports and the
// pure view-model builders (heat matrix, roll-ups, chart series). Plain data only, so
// pure modules can import the type without touching the database.

import type { ProgressObservation, TargetKind, TargetType } from "./types";
import type { ProgressResult } from "./result-types";

export interface ProgressEntry {
  targetId: number;
  /** Indicator code, e.g. "urban_population". */
  indicator: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  /** Canonical unit of the indicator; every value below is in it. */
  unit: string;
  region: { adcode: string; nameZh: string; nameEn: string };
  targetYear: number;
  targetValue: number;
  targetType: TargetType;
  /**
   * What the target measures (kinds.ts). For growth_rate / reduction `targetValue` is the
   * level the rate implies in the target year and `rate` the plan's percent; for
   * cumulative `targetValue` is the sum over the period.
   */
  kind: TargetKind;
  rate: number | null;
  baseline: { year: number; value: number } | null;
  latest: { year: number; value: number } | null;
  /**
   * The figure the status rests on, with its statistical year: the final-evaluation
   * figure once the target year has passed, else the latest. Views show this beside the
   * status (not `latest`, which may be a later year than the one judged).
   */
  basis: { year: number; value: number } | null;
  completion: number | null;
  timeShare: number | null;
  lagPp: number | null;
  status: ProgressResult["status"];
  final: { status: string; year: number | null; value: number | null } | null;
  lenses: Pick<ProgressResult["lenses"], "unsd" | "statcan" | "escap" | "linear">;
  explanation: { zh: string; en: string };
  caveats: string[];
  /** Everything the charts and the "why this colour" panel need (not sent by the API). */
  detail: ProgressResult;
  /** The current value of every year as of the evaluation moment, ascending (not sent by the API). */
  observations: ProgressObservation[];
}

/** The public API shape of one entry: everything but the page-only `detail` and `observations`. */
export type ProgressApiEntry = Omit<ProgressEntry, "detail" | "observations" | "indicatorNameZh" | "indicatorNameEn" | "unit" | "region"> & {
  region: { adcode: string; nameZh: string };
};

/** Drops the big page-only fields; the key order is the documented one. */
export function toApiEntry(e: ProgressEntry): ProgressApiEntry {
  return {
    targetId: e.targetId,
    indicator: e.indicator,
    region: { adcode: e.region.adcode, nameZh: e.region.nameZh },
    targetYear: e.targetYear,
    targetValue: e.targetValue,
    targetType: e.targetType,
    kind: e.kind,
    rate: e.rate,
    baseline: e.baseline,
    latest: e.latest,
    basis: e.basis,
    completion: e.completion,
    timeShare: e.timeShare,
    lagPp: e.lagPp,
    status: e.status,
    final: e.final,
    lenses: e.lenses,
    explanation: e.explanation,
    caveats: e.caveats,
  };
}

/** What the overview, the map and the goal roll-ups need of an entry: no series, lenses or text. */
export type ProgressSummaryEntry = Pick<
  ProgressEntry,
  | "targetId"
  | "indicator"
  | "indicatorNameZh"
  | "indicatorNameEn"
  | "unit"
  | "region"
  | "targetYear"
  | "targetValue"
  | "targetType"
  | "status"
  | "latest"
  | "basis"
  | "completion"
  | "final"
>;

/** The compact form of an entry (a new object; the big fields are not referenced). */
export function toSummaryEntry(e: ProgressEntry): ProgressSummaryEntry {
  return {
    targetId: e.targetId,
    indicator: e.indicator,
    indicatorNameZh: e.indicatorNameZh,
    indicatorNameEn: e.indicatorNameEn,
    unit: e.unit,
    region: e.region,
    targetYear: e.targetYear,
    targetValue: e.targetValue,
    targetType: e.targetType,
    status: e.status,
    latest: e.latest,
    basis: e.basis,
    completion: e.completion,
    final: e.final,
  };
}
