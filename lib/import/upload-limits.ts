// The bounds every uploaded file is read within. A workbook is a zip of XML: 100 KB on
// the wire can inflate to gigabytes, one cell can hold 100 MB, nesting can be a million
// deep. Each bound is checked while the bytes stream by (never after inflating), so a
// hostile file costs at most the bound, and the answer names the bound it crossed.

import { msg, type Message } from "@/lib/i18n/message";
import { CsvImportError } from "./csv-reader";

export interface XlsxLimits {
  /** Files (entries) in the zip. A workbook has a few dozen. */
  maxEntries: number;
  /** Inflated bytes of one entry (declared in the zip and counted as inflated). */
  maxEntryBytes: number;
  /** Inflated bytes of all entries read, per pass over the file. */
  maxTotalBytes: number;
  /** Distinct strings in sharedStrings.xml. */
  maxSharedStrings: number;
  /** Characters of all shared strings together (they are held in memory while reading). */
  maxSharedStringChars: number;
  /** Characters of one cell; Excel's own limit is 32,767. Also bounds any run of XML text or one tag. */
  maxCellChars: number;
  /** Element nesting depth; SpreadsheetML needs fewer than 10 levels. */
  maxDepth: number;
  /** Cells in one row (Excel's limit, column XFD). */
  maxColumns: number;
  /** Rows of one sheet (Excel's limit). */
  maxRows: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxEntries: 1_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxSharedStrings: 1_000_000,
  maxSharedStringChars: 16 * 1024 * 1024,
  maxCellChars: 32_767,
  maxDepth: 64,
  maxColumns: 16_384,
  maxRows: 1_048_576,
};

export type XlsxLimitName = keyof XlsxLimits;

/** A file that crossed a bound: 413 when it is about size, 422 when about structure. */
export class UploadLimitError extends CsvImportError {
  constructor(
    readonly limit: XlsxLimitName,
    message: Message,
  ) {
    super([message]);
    this.name = "UploadLimitError";
  }

  get tooLarge(): boolean {
    return this.limit !== "maxDepth";
  }
}

const mb = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);
const n = (v: number) => v.toLocaleString("en-US");

/** The error for crossing `limit`; `where` names the part of the workbook (an entry or a sheet). */
export function limitExceeded(limit: XlsxLimitName, limits: XlsxLimits, where = ""): UploadLimitError {
  const v = limits[limit];
  const at = where ? `（${where}）` : "";
  const atEn = where ? ` (${where})` : "";
  const m: Record<XlsxLimitName, Message> = {
    maxEntries: msg(`XLSX 文件包含的部件超过 ${n(v)} 个的上限`, `The XLSX file holds more than ${n(v)} parts (the limit)`),
    maxEntryBytes: msg(
      `XLSX 文件的一个部件解压后超过 ${mb(v)} 的上限${at}`,
      `One part of the XLSX file is larger than the ${mb(v)} limit when decompressed${atEn}`,
    ),
    maxTotalBytes: msg(`XLSX 文件解压后超过 ${mb(v)} 的上限${at}`, `The XLSX file is larger than the ${mb(v)} limit when decompressed${atEn}`),
    maxSharedStrings: msg(`XLSX 文件的共享字符串超过 ${n(v)} 个的上限`, `The XLSX file has more than ${n(v)} shared strings (the limit)`),
    maxSharedStringChars: msg(
      `XLSX 文件的共享字符串总长度超过 ${n(v)} 个字符的上限`,
      `The shared strings of the XLSX file exceed the limit of ${n(v)} characters in total`,
    ),
    maxCellChars: msg(
      `单元格（或一段 XML 文本）超过 ${n(v)} 个字符的上限${at}`,
      `A cell (or a run of XML text) is longer than the limit of ${n(v)} characters${atEn}`,
    ),
    maxDepth: msg(`XLSX 文件的 XML 嵌套超过 ${n(v)} 层的上限${at}`, `The XML of the XLSX file is nested deeper than the limit of ${n(v)} levels${atEn}`),
    maxColumns: msg(`一行的单元格超过 ${n(v)} 列的上限${at}`, `A row has more than ${n(v)} cells (the limit)${atEn}`),
    maxRows: msg(`工作表超过 ${n(v)} 行的上限${at}`, `The worksheet has more than ${n(v)} rows (the limit)${atEn}`),
  };
  return new UploadLimitError(limit, m[limit]);
}
