// Streaming XLSX reader: the first worksheet, row by row, through exceljs's
// WorkbookReader, so a large workbook is never held in memory as a whole.

import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { msg } from "@/lib/i18n/message";
import { CsvImportError, type CsvHeaderInfo, type CsvRow } from "./csv-reader";
import { sheetRowsToRecords, type SheetRow } from "./xlsx-rows";

const UNREADABLE = msg(
  "无法读取 XLSX 文件：文件已损坏，或不是 Excel 工作簿（.xlsx）；旧版 .xls 请另存为 .xlsx 或 CSV",
  "Cannot read the XLSX file: it is damaged or not an Excel workbook (.xlsx); save old .xls files as .xlsx or CSV",
);

async function* firstSheetRows(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<SheetRow> {
  const input = Readable.from(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "ignore" });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) yield { number: row.number, values: row.values as unknown[] };
      return; // only the first worksheet is imported
    }
  } finally {
    input.destroy();
  }
}

export async function* readXlsxRows(bytes: AsyncIterable<Uint8Array>, onHeader?: (h: CsvHeaderInfo) => void): AsyncGenerator<CsvRow> {
  try {
    yield* sheetRowsToRecords(firstSheetRows(bytes), onHeader);
  } catch (e) {
    if (e instanceof CsvImportError) throw e;
    throw new CsvImportError([UNREADABLE]);
  }
}
