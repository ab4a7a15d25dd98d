// Spreadsheet rows → the same row objects the CSV reader yields, so XLSX and CSV files
// share header mapping, row numbers and validation. Pure: the caller reads the workbook.

import { msg } from "@/lib/i18n/message";
import { mapHeader, type ColumnKey, type RawRow } from "./columns";
import { CsvImportError, type CsvHeaderInfo, type CsvRow } from "./csv-reader";

/** One worksheet row: `values[1]` is column A (index 0 is unused), sparse. */
export interface SheetRow {
  number: number;
  values: readonly unknown[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * The text an analyst sees in a cell. Numbers keep every digit Excel stored (161.97, not
 * a display format); a formula gives its cached result; rich text and hyperlinks their
 * text; an error cell its code (#N/A), which validation then rejects as not a number.
 * Dates (a year typed as a date by Excel) become YYYY-MM-DD.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (isObject(value)) {
    if (Array.isArray(value.richText)) return value.richText.map((r) => (isObject(r) && typeof r.text === "string" ? r.text : "")).join("");
    if ("formula" in value || "sharedFormula" in value) return cellText(value.result);
    if (typeof value.text === "string") return value.text;
    if (isObject(value.text)) return cellText(value.text);
    if (typeof value.error === "string") return value.error;
  }
  return String(value);
}

/** Cells of a row in column order A, B, … (rows are 1-based and sparse). */
export function rowCells(row: SheetRow): string[] {
  const cells: string[] = [];
  for (let i = 1; i < row.values.length; i++) cells.push(cellText(row.values[i]));
  return cells;
}

/**
 * Maps the first non-empty row as the header (errors as for CSV), then yields each data
 * row keyed by column, with the worksheet's own row number (what Excel shows).
 */
export async function* sheetRowsToRecords(rows: AsyncIterable<SheetRow> | Iterable<SheetRow>, onHeader?: (h: CsvHeaderInfo) => void): AsyncGenerator<CsvRow> {
  let columns: (ColumnKey | null)[] | null = null;
  for await (const row of rows) {
    const cells = rowCells(row);
    if (cells.every((c) => c.trim() === "")) continue;
    if (columns === null) {
      const header = mapHeader(cells);
      if (!header.ok) throw new CsvImportError(header.errors, row.number);
      columns = header.columns;
      onHeader?.({ rowNumber: row.number, present: header.present, ignored: header.ignored, warnings: header.warnings });
      continue;
    }
    const raw: RawRow = {};
    columns.forEach((key, i) => {
      if (key !== null) raw[key] = cells[i] ?? "";
    });
    yield { rowNumber: row.number, raw, extraValues: cells.slice(columns.length).filter((c) => c.trim() !== "") };
  }
  if (columns === null) throw new CsvImportError([msg("工作表中没有表头行（工作表为空）", "The worksheet has no header row (it is empty)")]);
}
