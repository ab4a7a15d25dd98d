// One problem in one cell, worded so the analyst can find and fix it in the spreadsheet.
//
// Row numbers are spreadsheet rows: the header is row 1, so the first data row is row 2.
// That is the number Excel/WPS shows next to the row when the CSV is opened there.

import { msg, type Message } from "@/lib/i18n/message";
import { columnLabel, type ColumnKey } from "./columns";

export interface RowError {
  row: number;
  /** Column key (region, unit …), or "row" for problems with the row as a whole. */
  column: string;
  /** The cell as written in the file. */
  value: string;
  /** What is wrong and what would be accepted, prefixed with row and column. */
  message: Message;
  /** The same without the prefix, for a form that shows it beside the field. */
  detail: Message;
  /** Yearbook tables: the cell ("B7"); the file layer prefixes the sheet (表2!B7). */
  cell?: string;
}

export function cellError(row: number, column: ColumnKey, value: string, detail: Message): RowError {
  const label = columnLabel(column);
  return {
    row,
    column,
    value,
    message: msg(`第${row}行“${label.zh}”列：${detail.zh}`, `Row ${row}, column "${label.en}": ${detail.en}`),
    detail,
  };
}

export function wholeRowError(row: number, value: string, detail: Message): RowError {
  return { row, column: "row", value, message: msg(`第${row}行：${detail.zh}`, `Row ${row}: ${detail.en}`), detail };
}
