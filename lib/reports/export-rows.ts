// The rows of the CSV and XLSX exports, for analysts: codes with names beside them,
// labels in the reader's language, times in China time with their offset.
//
// The figure rows keep what the importer reads (lib/import/columns.ts matches 地区/region,
// 指标/indicator, 年份/year, 数值/value, 单位/unit, 来源/source, 备注/note, 标记/flags in
// either language, and ignores the other columns): codes under those headers, the value
// in the indicator's own unit, the source unchanged, so importing an export again finds
// every row unchanged. The publication time and the value and unit as published sit under
// headers the importer does not know (发布时间 is not its 发布日期), so a re-import neither
// reads them nor trips over the seconds-only time. A target's status is not repeated on every year: it stands on the
// one figure row it rests on (the evaluation's basis), with the completion every view
// shows, and the XLSX has one row per target besides (status-rows.ts).
import { escapeCsvText } from "@/lib/import/formula-escape";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatCompletion } from "@/lib/progress/format";
import { normalizeDecimalText } from "./decimal-text";

export const EXPORT_COLUMNS = [
  "region",
  "region_name",
  "indicator",
  "indicator_name",
  "year",
  "value",
  "unit",
  "value_as_published",
  "unit_as_published",
  "source",
  "note",
  "flags",
  "flag_labels",
  "published",
  "status",
  "completion",
  "as_of",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string>;

/** Columns holding numbers (written as plain decimal text); every other column is text. */
export const NUMBER_COLUMNS: ReadonlySet<ExportColumn> = new Set<ExportColumn>(["year", "value"]);

/** Headers in the reader's language; the importable ones are the importer's own names. */
export const EXPORT_HEADERS: Record<Locale, Record<ExportColumn, string>> = {
  zh: {
    region: "地区",
    region_name: "地区名称",
    indicator: "指标",
    indicator_name: "指标名称",
    year: "年份",
    value: "数值",
    unit: "单位",
    value_as_published: "原文数值",
    unit_as_published: "原文单位",
    source: "来源",
    note: "备注",
    flags: "标记",
    flag_labels: "标记说明",
    published: "发布时间（北京时间）",
    status: "目标状态（依据此数）",
    completion: "完成度",
    as_of: "数据截至（北京时间）",
  },
  en: {
    region: "region",
    region_name: "region name",
    indicator: "indicator",
    indicator_name: "indicator name",
    year: "year",
    value: "value",
    unit: "unit",
    value_as_published: "value as published",
    unit_as_published: "unit as published",
    source: "source",
    note: "note",
    flags: "flags",
    flag_labels: "flag labels",
    published: "published (China time)",
    status: "target status (rests on this figure)",
    completion: "completion",
    as_of: "as of (China time)",
  },
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
  /** When the figure was published (ISO); shown in China time. */
  publishedAt: string;
  /** The value and unit as the source printed them (null: entered in the indicator's unit). */
  valueAsEntered: string | null;
  unitAsEntered: string | null;
}

/** "2026-11-30T04:20:26.468Z" → "2026-11-30 12:20:26 +08:00" (China has no daylight saving). */
export function chinaTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 19).replace("T", " ")} +08:00`;
}

/** A target's evaluation as the figure rows carry it: on the row of the figure it rests on. */
export interface FigureStatus {
  indicator: string;
  regionAdcode: string;
  targetYear: number;
  /** The statistical year of the figure the status rests on (the evaluation's basis). */
  basisYear: number;
  /** The status in the reader's language. */
  statusLabel: string;
  /** The evaluation's completion (fraction), null when undefined. */
  completion: number | null;
}

/**
 * The status and completion cells of one figure row: the targets resting on it ("" for
 * the others); "2020: …; 2030: …" when several targets rest on the same figure.
 */
function statusCells(on: readonly FigureStatus[], locale: Locale): { status: string; completion: string } {
  if (on.length === 0) return { status: "", completion: "" };
  if (on.length === 1) return { status: on[0]!.statusLabel, completion: formatCompletion(on[0]!.completion) };
  const sorted = [...on].sort((a, b) => a.targetYear - b.targetYear);
  const sep = locale === "zh" ? "；" : "; ";
  return {
    status: sorted.map((s) => `${s.targetYear}: ${s.statusLabel}`).join(sep),
    completion: sorted.map((s) => `${s.targetYear}: ${formatCompletion(s.completion)}`).join(sep),
  };
}

export function buildExportRows(
  figures: readonly ExportFigure[],
  asOf: string,
  locale: Locale,
  flagLabels: Readonly<Record<string, string>>,
  statuses: readonly FigureStatus[] = [],
): ExportRow[] {
  const asOfText = chinaTime(asOf);
  const byFigure = new Map<string, FigureStatus[]>();
  for (const s of statuses) {
    const key = `${s.indicator}|${s.regionAdcode}|${s.basisYear}`;
    byFigure.set(key, [...(byFigure.get(key) ?? []), s]);
  }
  return figures.map((f) => ({
    region: f.region.adcode,
    region_name: localName(locale, f.region),
    indicator: f.indicator.code,
    indicator_name: localName(locale, f.indicator),
    year: String(f.year),
    value: normalizeDecimalText(f.value),
    unit: f.unit,
    value_as_published: f.valueAsEntered ?? "",
    unit_as_published: f.unitAsEntered ?? "",
    source: f.source,
    note: f.note ?? "",
    // the importer's own separator (lib/import/flags.ts)
    flags: f.flags.join(";"),
    flag_labels: f.flags.map((x) => flagLabels[x] ?? x).join(locale === "zh" ? "；" : "; "),
    published: chinaTime(f.publishedAt),
    ...statusCells(byFigure.get(`${f.indicator.code}|${f.region.adcode}|${f.year}`) ?? [], locale),
    as_of: asOfText,
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
  const cell = (c: ExportColumn, text: string) => csvCell(NUMBER_COLUMNS.has(c) ? text : escapeCsvText(text));
  const lines = [EXPORT_COLUMNS.map((c) => csvCell(head[c])).join(","), ...rows.map((r) => EXPORT_COLUMNS.map((c) => cell(c, r[c])).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
