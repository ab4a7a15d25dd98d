// One row per figure for the CSV and XLSX exports. The first eight columns are exactly
// the import's columns (lib/import/columns.ts), in English, with the value in the
// indicator's own unit and the source unchanged: importing the file again therefore
// finds every row unchanged. status, as_of and completion follow; the importer ignores them.
import { escapeCsvText } from "@/lib/import/formula-escape";
import { formatCompletion } from "@/lib/progress/format";
import { normalizeDecimalText } from "./decimal-text";

export const EXPORT_COLUMNS = ["region", "indicator", "year", "value", "unit", "source", "note", "flags", "status", "as_of", "completion"] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string>;

/** Columns holding numbers (written as plain decimal text); every other column is text. */
export const NUMBER_COLUMNS: ReadonlySet<ExportColumn> = new Set<ExportColumn>(["year", "value"]);

export interface ExportFigure {
  regionAdcode: string;
  indicator: string;
  year: number;
  /** Decimal text in the indicator's unit, as stored. */
  value: string;
  /** The indicator's unit. */
  unit: string;
  source: string;
  note: string | null;
  flags: readonly string[];
}

export interface ExportStatus {
  indicator: string;
  regionAdcode: string;
  targetYear: number;
  status: string;
  /** The evaluation's completion (fraction), null when undefined. */
  completion?: number | null;
}

/**
 * The status column of a figure: the status of the target(s) of its indicator × region
 * ("on_track"; "2020:achieved;2030:on_track" when the plan sets several target years;
 * empty when there is no target).
 */
export function statusText(statuses: readonly ExportStatus[]): string {
  if (statuses.length === 0) return "";
  if (statuses.length === 1) return statuses[0]!.status;
  return [...statuses]
    .sort((a, b) => a.targetYear - b.targetYear)
    .map((s) => `${s.targetYear}:${s.status}`)
    .join(";");
}

/**
 * The completion column: the evaluation's completion printed as every view prints it
 * ("71.2%", "—" when undefined; "2020:71.2%;2030:—" for several target years).
 */
export function completionText(statuses: readonly ExportStatus[]): string {
  if (statuses.length === 0) return "";
  if (statuses.length === 1) return formatCompletion(statuses[0]!.completion);
  return [...statuses]
    .sort((a, b) => a.targetYear - b.targetYear)
    .map((s) => `${s.targetYear}:${formatCompletion(s.completion)}`)
    .join(";");
}

export function buildExportRows(figures: readonly ExportFigure[], statuses: readonly ExportStatus[], asOf: string): ExportRow[] {
  const byPair = new Map<string, ExportStatus[]>();
  for (const s of statuses) {
    const key = `${s.indicator}|${s.regionAdcode}`;
    byPair.set(key, [...(byPair.get(key) ?? []), s]);
  }
  return figures.map((f) => ({
    region: f.regionAdcode,
    indicator: f.indicator,
    year: String(f.year),
    value: normalizeDecimalText(f.value),
    unit: f.unit,
    source: f.source,
    note: f.note ?? "",
    // the importer's own separator (lib/import/flags.ts)
    flags: f.flags.join(";"),
    status: statusText(byPair.get(`${f.indicator}|${f.regionAdcode}`) ?? []),
    as_of: asOf,
    completion: completionText(byPair.get(`${f.indicator}|${f.regionAdcode}`) ?? []),
  }));
}

function csvCell(text: string): string {
  // RFC 4180: quote cells holding a separator, a quote, a line break or edge spaces
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 BOM, so Excel and WPS open the Chinese
 * text correctly; the importer strips the BOM.
 *
 * Text cells beginning with = + - @, tab or CR get a leading apostrophe (the OWASP
 * CSV-injection guard, lib/import/formula-escape.ts), so a spreadsheet shows them as
 * text instead of running them; the importer removes it, so the round trip stays exact.
 * Number columns (year, value) are never prefixed: -3.5 is a number.
 */
export function toCsv(rows: readonly ExportRow[]): string {
  const cell = (c: ExportColumn, text: string) => csvCell(NUMBER_COLUMNS.has(c) ? text : escapeCsvText(text));
  const lines = [EXPORT_COLUMNS.join(","), ...rows.map((r) => EXPORT_COLUMNS.map((c) => cell(c, r[c])).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
