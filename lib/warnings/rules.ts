// Early warning (预警): which targets to flag, and why, in words with the arithmetic.
// Pure: the data layer (lib/data/warnings.ts) hands in evaluated targets, live or frozen.
//
// Kinds:
//   off_track / at_risk — the evaluation's own status (序时进度 lag beyond the plan's thresholds);
//   cap_crossing       — a `max` target not yet due whose ceiling lens says the current
//                        (linear) pace crosses the cap before the target year;
//   no_data            — the final year has passed without a figure to judge, or the latest
//                        figure is more than `staleYears` years older than the evaluation year
//                        (none at all counts too), for a target not yet due.

import { formatFraction, formatOneDecimal, formatPlainNumber } from "@/lib/progress/format";
import type { LimitLens } from "@/lib/progress/limit-types";
import type { Bilingual } from "@/lib/progress/result-types";
import type { ProgressStatus, TargetType, YearValue } from "@/lib/progress/types";

export type WarningKind = "off_track" | "at_risk" | "cap_crossing" | "no_data";
export const WARNING_KINDS: readonly WarningKind[] = ["off_track", "at_risk", "cap_crossing", "no_data"];

/** What the rules read of one evaluated target (a live ProgressEntry or a frozen entry). */
export interface WarningTarget {
  targetId: number;
  indicator: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  /** Unit labels as printed, e.g. 万人 / 10k persons. */
  unitLabel: Bilingual;
  region: { adcode: string; nameZh: string; nameEn: string };
  targetYear: number;
  targetValue: number;
  targetType: TargetType;
  status: ProgressStatus;
  latest: YearValue | null;
  completion: number | null;
  timeShare: number | null;
  lagPp: number | null;
  limit: Pick<LimitLens, "side" | "crossing"> | null;
  /** Current value of every year, ascending. */
  observations: readonly YearValue[];
  leadUnit: { id: number; nameZh: string; nameEn: string } | null;
}

export interface Warning {
  kind: WarningKind;
  targetId: number;
  indicator: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  region: { adcode: string; nameZh: string; nameEn: string };
  targetYear: number;
  targetValue: number;
  targetType: TargetType;
  status: ProgressStatus;
  leadUnit: { id: number; nameZh: string; nameEn: string } | null;
  /** Share of the way to the target (0.62 = 62 %), as the evaluation has it; null when undefined. */
  completion: number | null;
  /** The arithmetic behind the warning. */
  sentence: Bilingual;
  /** The last `trendLength` values, ascending (gaps stay gaps: only years with a figure). */
  trend: YearValue[];
}

/** Values in a warning's trend unless told otherwise. */
export const TREND_LENGTH = 5;

export interface WarningOptions {
  /** The year of the evaluation (China), the same as the evaluation's. */
  evaluationYear: number;
  /** A latest figure more than this many years before the evaluation year is stale. Default 2. */
  staleYears?: number;
  /** Values in the trend. Default 5. */
  trendLength?: number;
}

const n = formatPlainNumber;

function statusSentence(t: WarningTarget, kind: "off_track" | "at_risk"): Bilingual {
  const label = kind === "off_track" ? { zh: "严重滞后", en: "off track" } : { zh: "存在风险", en: "at risk" };
  if (t.completion !== null && t.timeShare !== null && t.lagPp !== null) {
    return {
      zh: `完成度 ${formatFraction(t.completion)}，时间进度 ${formatFraction(t.timeShare)}，滞后 ${formatOneDecimal(t.lagPp)} 个百分点：${label.zh}。`,
      en: `Completion ${formatFraction(t.completion)} against ${formatFraction(t.timeShare)} of the time elapsed, ${formatOneDecimal(t.lagPp)} pp behind: ${label.en}.`,
    };
  }
  const latest = t.latest
    ? { zh: `最新${t.latest.year}年为 ${n(t.latest.value)}${t.unitLabel.zh}`, en: `latest ${n(t.latest.value)} ${t.unitLabel.en} (${t.latest.year})` }
    : { zh: "尚无数据", en: "no figure yet" };
  return {
    zh: `${latest.zh}，目标${t.targetYear}年 ${n(t.targetValue)}${t.unitLabel.zh}：${label.zh}。`,
    en: `${latest.en}, target ${n(t.targetValue)} ${t.unitLabel.en} by ${t.targetYear}: ${label.en}.`,
  };
}

function capSentence(t: WarningTarget, year: number): Bilingual {
  const y = Math.ceil(year);
  const latest = t.latest!;
  return {
    zh: `上限 ${n(t.targetValue)}${t.unitLabel.zh}（${t.targetYear}年），最新${latest.year}年为 ${n(latest.value)}${t.unitLabel.zh}；按当前速度预计${y}年突破上限，不晚于目标年。`,
    en: `Cap ${n(t.targetValue)} ${t.unitLabel.en} (${t.targetYear}); latest ${n(latest.value)} ${t.unitLabel.en} (${latest.year}); at the current pace the cap is crossed in ${y}, by the target year.`,
  };
}

function noDataSentence(t: WarningTarget, evaluationYear: number): Bilingual {
  if (evaluationYear > t.targetYear) {
    return {
      zh: `目标年${t.targetYear}年已过，尚无可用于终期评估的数据。`,
      en: `The target year ${t.targetYear} has passed with no figure to judge it by.`,
    };
  }
  if (!t.latest) return { zh: `尚无任何数据，目标年为${t.targetYear}年。`, en: `No figure at all yet; the target year is ${t.targetYear}.` };
  const age = evaluationYear - t.latest.year;
  return {
    zh: `最新数据为${t.latest.year}年（${age}年前），目标年${t.targetYear}年的数据尚无着落。`,
    en: `The latest figure is for ${t.latest.year} (${age} years ago); no figure for the target year ${t.targetYear} is in sight.`,
  };
}

/** Which warning kinds apply to one target, in the order of WARNING_KINDS. */
export function warningKinds(t: WarningTarget, opts: WarningOptions): WarningKind[] {
  const stale = opts.staleYears ?? 2;
  const kinds: WarningKind[] = [];
  if (t.status === "off_track" || t.status === "at_risk") kinds.push(t.status);
  const due = opts.evaluationYear > t.targetYear;
  if (!due && t.targetType === "max" && t.limit?.side === "ceiling" && t.limit.crossing.kind === "before_target" && t.latest) kinds.push("cap_crossing");
  if (due ? t.status === "no_data" : !t.latest || opts.evaluationYear - t.latest.year > stale) kinds.push("no_data");
  return kinds;
}

/** Every warning of a list of targets: one per target and kind, targets in the order given. */
export function evaluateWarnings(targets: readonly WarningTarget[], opts: WarningOptions): Warning[] {
  const trendLength = opts.trendLength ?? TREND_LENGTH;
  return targets.flatMap((t) =>
    warningKinds(t, opts).map((kind) => ({
      kind,
      targetId: t.targetId,
      indicator: t.indicator,
      indicatorNameZh: t.indicatorNameZh,
      indicatorNameEn: t.indicatorNameEn,
      region: t.region,
      targetYear: t.targetYear,
      targetValue: t.targetValue,
      targetType: t.targetType,
      status: t.status,
      leadUnit: t.leadUnit,
      completion: t.completion,
      sentence:
        kind === "off_track" || kind === "at_risk"
          ? statusSentence(t, kind)
          : kind === "cap_crossing"
            ? capSentence(t, t.limit!.crossing.year ?? t.targetYear)
            : noDataSentence(t, opts.evaluationYear),
      trend: t.observations.slice(-trendLength).map((o) => ({ year: o.year, value: o.value })),
    })),
  );
}
