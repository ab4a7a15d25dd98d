// The rows of the CSV and XLSX exports, for analysts: codes with names beside them,
// labels in the reader's language, times in China time with their offset.
//
// The figure rows keep what the importer reads (lib/import/columns.ts matches 地区/region,
// 指标/indicator, 年份/year, 数值/value, 单位/unit, 来源/source, 备注/note, 标记/flags in
// either language, and ignores the other columns): codes under those headers, the value
// in the indicator's own unit, the source unchanged, so importing an export again finds
// every row unchanged. A target's status is not on the figure rows (it would repeat on
// every year): it has its own rows, one per target (buildStatusRows).
import type { Locale } from "@/lib/i18n/locale";
import { STATUS_LABELS } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";
import { normalizeDecimalText } from "./decimal-text";

export const EXPORT_COLUMNS = ["region", "region_name", "indicator", "indicator_name", "year", "value", "unit", "source", "note", "flags", "flag_labels", "as_of"] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string>;

/** Headers in the reader's language; the importable ones are the importer's own names. */
export const EXPORT_HEADERS: Record<Locale, Record<ExportColumn, string>> = {
  zh: { region: "地区", region_name: "地区名称", indicator: "指标", indicator_name: "指标名称", year: "年份", value: "数值", unit: "单位", source: "来源", note: "备注", flags: "标记", flag_labels: "标记说明", as_of: "数据截至（北京时间）" },
  en: { region: "region", region_name: "region name", indicator: "indicator", indicator_name: "indicator name", year: "year", value: "value", unit: "unit", source: "source", note: "note", flags: "flags", flag_labels: "flag labels", as_of: "as of (China time)" },
};

export interface Named {
  nameZh: string;
  nameEn: string;
}

export interface ExportFigure {
  region: { adcode: string } & Named;
  indicator: { code: string } & Named;
  year: number;
  /** Decimal text in the indicator's unit, as stored. */
  value: string;
  /** The indicator's unit. */
  unit: string;
  source: string;
  note: string | null;
  flags: readonly string[];
}

const nameIn = (locale: Locale, n: Named) => (locale === "zh" ? n.nameZh : n.nameEn);

/** "2026-11-30T04:20:26.468Z" → "2026-11-30 12:20:26 +08:00" (China has no daylight saving). */
export function chinaTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 19).replace("T", " ")} +08:00`;
}

export function buildExportRows(figures: readonly ExportFigure[], asOf: string, locale: Locale, flagLabels: Readonly<Record<string, string>>): ExportRow[] {
  const asOfText = chinaTime(asOf);
  return figures.map((f) => ({
    region: f.region.adcode,
    region_name: nameIn(locale, f.region),
    indicator: f.indicator.code,
    indicator_name: nameIn(locale, f.indicator),
    year: String(f.year),
    value: normalizeDecimalText(f.value),
    unit: f.unit,
    source: f.source,
    note: f.note ?? "",
    // the importer's own separator (lib/import/flags.ts)
    flags: f.flags.join(";"),
    flag_labels: f.flags.map((x) => flagLabels[x] ?? x).join(locale === "zh" ? "；" : "; "),
    as_of: asOfText,
  }));
}

export interface ExportStatus {
  region: { adcode: string } & Named;
  indicator: { code: string } & Named;
  targetYear: number;
  targetValue: number;
  targetType: string;
  unit: string;
  latest: { year: number; value: number } | null;
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
  "target_value",
  "unit",
  "latest_year",
  "latest_value",
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
    target_value: "目标值",
    unit: "单位",
    latest_year: "最新数据年份",
    latest_value: "最新数值",
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
    target_value: "target value",
    unit: "unit",
    latest_year: "latest year",
    latest_value: "latest value",
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

/** "71.2%"; null → "". */
export function percentText(x: number | null): string {
  const r = roundShare(x);
  return r === null ? "" : `${Number((r * 100).toFixed(1))}%`;
}

/**
 * One row per target. Shares are fractions rounded to 0.1 % (the XLSX formats them as
 * percentages; the CSV-like text form is percentText).
 */
export function buildStatusRows(statuses: readonly ExportStatus[], locale: Locale, targetTypes: Readonly<Record<string, string>>): StatusRow[] {
  return statuses.map((s) => ({
    region: s.region.adcode,
    region_name: nameIn(locale, s.region),
    indicator: s.indicator.code,
    indicator_name: nameIn(locale, s.indicator),
    target_year: s.targetYear,
    target_type: targetTypes[s.targetType] ?? s.targetType,
    target_value: s.targetValue,
    unit: s.unit,
    latest_year: s.latest?.year ?? null,
    latest_value: s.latest?.value ?? null,
    completion: roundShare(s.completion),
    time_share: roundShare(s.timeShare),
    lag_pp: s.lagPp === null ? null : Math.round(s.lagPp * 10) / 10,
    status: STATUS_LABELS[s.status as ProgressStatus]?.[locale] ?? s.status,
    status_code: s.status,
  }));
}

function csvCell(text: string): string {
  // RFC 4180: quote cells holding a separator, a quote, a line break or edge spaces
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 BOM, so Excel and WPS open the Chinese
 * text correctly; the importer strips the BOM. Headers in the reader's language.
 *
 * Cells are written verbatim, formula-like text (=, +, @) included: prefixing them (the
 * usual CSV-injection guard) would change the source text and break the round trip.
 * The XLSX export stores every cell as a value, never a formula.
 */
export function toCsv(rows: readonly ExportRow[], locale: Locale): string {
  const head = EXPORT_HEADERS[locale];
  const lines = [EXPORT_COLUMNS.map((c) => csvCell(head[c])).join(","), ...rows.map((r) => EXPORT_COLUMNS.map((c) => csvCell(r[c])).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
