// A plan workbook on disk (a spooled upload) → its sheets' rows, through the same bounded
// reader as the observation import (lib/import: zip entries, inflated bytes, shared
// strings, cell length, nesting, rows and columns all capped while streaming), never
// exceljs's unbounded loader. A plan holds a few hundred rows, so the caps are tighter.
import { rowCells } from "@/lib/import/xlsx-rows";
import { parseSheetRows } from "@/lib/import/sheet-xml";
import { XLSX_LIMITS, type XlsxLimits } from "@/lib/import/upload-limits";
import { readDateStyles, readSharedStrings, readWorkbookInfo } from "@/lib/import/xlsx-parts";
import { openZipArchive } from "@/lib/import/zip-archive";
import { INFO_SHEET, TABLE_SHEETS } from "./workbook-layout";
import type { WorkbookRow, WorkbookRows } from "./workbook-read";

const PLAN_WORKBOOK_LIMITS: XlsxLimits = {
  ...XLSX_LIMITS,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxSharedStringChars: 8 * 1024 * 1024,
  maxRows: 20_000,
  maxColumns: 256,
};

/** Upload size of a plan workbook or document (bytes on the wire). */
export const MAX_PLAN_UPLOAD_BYTES = 10 * 1024 * 1024;

const WANTED = new Set<string>([INFO_SHEET.name, ...TABLE_SHEETS.map((s) => s.name)]);

/**
 * The rows of the plan's sheets (其他工作表, such as 说明, are not read). Throws the
 * import's CsvImportError / UploadLimitError for a damaged or oversized file.
 */
export async function readPlanWorkbookFile(path: string, limits: XlsxLimits = PLAN_WORKBOOK_LIMITS): Promise<WorkbookRows> {
  const zip = await openZipArchive(path, limits);
  try {
    const info = await readWorkbookInfo(zip, limits);
    const sharedStrings = await readSharedStrings(zip, info.sharedStringsPath, limits);
    const dateStyles = await readDateStyles(zip, info.stylesPath, limits);
    const out = new Map<string, WorkbookRow[]>();
    for (const sheet of info.sheets) {
      const name = sheet.name.trim();
      if (!WANTED.has(name) || out.has(name)) continue;
      const rows: WorkbookRow[] = [];
      for await (const row of parseSheetRows(zip.bytes(sheet.path), { sharedStrings, dateStyles, date1904: info.date1904, limits, name })) {
        rows.push({ number: row.number, cells: rowCells(row) });
      }
      out.set(name, rows);
    }
    return out;
  } finally {
    zip.close();
  }
}
