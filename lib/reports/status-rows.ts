// The XLSX export's second sheet: one row per target with its evaluation, in the
// reader's language (the figure rows of export-rows.ts carry each status only on the
// figure it rests on).
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatCompletion } from "@/lib/progress/format";
import { STATUS_LABELS } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";
import type { Named } from "./export-rows";
import { isRateKind, statedTarget } from "./target-terms";

export interface ExportStatus {
  region: { adcode: string } & Named;
  indicator: { code: string } & Named;
  targetYear: number;
  targetValue: number;
  targetType: string;
  /** level (default), growth_rate, reduction or cumulative */
  kind?: string | null;
  /** percent, for growth_rate and reduction */
  rate?: number | null;
  unit: string;
  /** The figure the status rests on (after the target year: the judged year's, not the newest). */
  basis: { year: number; value: number } | null;
  /** Share of the way from baseline to target, 0..1+ (null: cannot be computed). */
  completion: number | null;
  timeShare: number | null;
  lagPp: number | null;
  status: string;
}

export const STATUS_COLUMNS = [
  "region",
  "region_name",
  "indicator",
  "indicator_name",
  "target_year",
  "target_type",
  "target",
  "target_value",
  "implied_level",
  "unit",
  "basis_year",
  "basis_value",
  "completion",
  "time_share",
  "lag_pp",
  "status",
  "status_code",
] as const;
export type StatusColumn = (typeof STATUS_COLUMNS)[number];
export type StatusRow = Record<StatusColumn, string | number | null>;

export const STATUS_HEADERS: Record<Locale, Record<StatusColumn, string>> = {
  zh: {
    region: "地区代码",
    region_name: "地区",
    indicator: "指标代码",
    indicator_name: "指标",
    target_year: "目标年份",
    target_type: "目标类型",
    target: "目标（按规划口径）",
    target_value: "目标值",
    implied_level: "隐含水平值（由基期值和百分比推算）",
    unit: "单位",
    basis_year: "依据数据年份",
    basis_value: "依据数值",
    completion: "完成度",
    time_share: "时间进度",
    lag_pp: "滞后（百分点）",
    status: "状态",
    status_code: "状态代码",
  },
  en: {
    region: "region code",
    region_name: "region",
    indicator: "indicator code",
    indicator_name: "indicator",
    target_year: "target year",
    target_type: "target type",
    target: "target (as the plan sets it)",
    target_value: "target value",
    implied_level: "implied level (derived from the baseline and rate)",
    unit: "unit",
    basis_year: "basis year",
    basis_value: "basis value",
    completion: "completion",
    time_share: "time elapsed",
    lag_pp: "lag (pp)",
    status: "status",
    status_code: "status code",
  },
};

/** Rounds a share (0.7122497…) to a tenth of a percent, kept as a fraction: 0.712. */
export function roundShare(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : Math.round(x * 1000) / 1000;
}

/** "71.2%" as every view prints it (lib/progress/format.ts); null → "". */
export function percentText(x: number | null): string {
  return x === null || !Number.isFinite(x) ? "" : formatCompletion(x);
}

/**
 * One row per target. Shares are fractions rounded to 0.1 % (the XLSX formats them as
 * percentages; the CSV-like text form is percentText). A growth_rate or reduction target
 * is stated by its rate (`target`); the level it implies goes under `implied_level`, never
 * under `target_value`, which holds only levels the plan itself set.
 */
export function buildStatusRows(statuses: readonly ExportStatus[], locale: Locale, targetTypes: Readonly<Record<string, string>>): StatusRow[] {
  return statuses.map((s) => ({
    region: s.region.adcode,
    region_name: localName(locale, s.region),
    indicator: s.indicator.code,
    indicator_name: localName(locale, s.indicator),
    target_year: s.targetYear,
    target_type: targetTypes[s.targetType] ?? s.targetType,
    target: statedTarget(s, locale),
    target_value: isRateKind(s) ? null : s.targetValue,
    implied_level: isRateKind(s) ? s.targetValue : null,
    unit: s.unit,
    basis_year: s.basis?.year ?? null,
    basis_value: s.basis?.value ?? null,
    completion: roundShare(s.completion),
    time_share: roundShare(s.timeShare),
    lag_pp: s.lagPp === null ? null : Math.round(s.lagPp * 10) / 10,
    status: STATUS_LABELS[s.status as ProgressStatus]?.[locale] ?? s.status,
    status_code: s.status,
  }));
}
