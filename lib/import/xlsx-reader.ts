// XLSX reader with bounds: the spooled workbook is opened as a zip (zip-archive.ts), its
// small parts read first (xlsx-parts.ts), then one worksheet streamed row by row
// (sheet-xml.ts). Replaces exceljs's streaming reader, which had no bounds (one 100 MB
// cell exhausted the heap) and garbled characters split across chunks (exceljs#2084).
//
// Which sheet: the one named by the analyst; else the only sheet whose header has the
// required columns. With several such sheets the analyst chooses (SheetChoiceError
// lists them); every file error names the sheet.

import { msg, type Message } from "@/lib/i18n/message";
import { mapHeader } from "./columns";
import { CsvImportError, type CsvHeaderInfo, type CsvRow } from "./csv-reader";
import { XLSX_LIMITS, type XlsxLimits } from "./upload-limits";
import { readDateStyles, readSharedStrings, readWorkbookInfo, type WorkbookInfo } from "./xlsx-parts";
import { parseSheetRows, type SheetContext } from "./sheet-xml";
import { rowCells, sheetRowsToRecords } from "./xlsx-rows";
import { openZipArchive, type ZipArchive } from "./zip-archive";

export interface SheetSummary {
  name: string;
  /** Its header row has every required column. */
  matches: boolean;
}

/** Several sheets could be the data: the analyst picks one (the `sheet` parameter). */
export class SheetChoiceError extends CsvImportError {
  constructor(readonly sheets: SheetSummary[]) {
    const names = sheets.filter((s) => s.matches).map((s) => s.name);
    super([
      msg(
        `工作簿中有多个工作表的表头符合要求：${names.map((n) => `“${n}”`).join("、")}；请选择要导入的工作表`,
        `Several worksheets have the expected header: ${names.map((n) => `"${n}"`).join(", ")}; choose the sheet to import`,
      ),
    ]);
    this.name = "SheetChoiceError";
  }
}

/** "工作表 Sheet2 第 5 行…" — a message about one sheet, prefixed with its name. */
export function inSheet(sheet: string, m: Message): Message {
  return msg(`工作表“${sheet}”：${m.zh}`, `Worksheet "${sheet}": ${m.en}`);
}

interface OpenWorkbook {
  zip: ZipArchive;
  info: WorkbookInfo;
  ctx: (name: string) => SheetContext;
}

async function openWorkbook(path: string, limits: XlsxLimits): Promise<OpenWorkbook> {
  const zip = await openZipArchive(path, limits);
  try {
    const info = await readWorkbookInfo(zip, limits);
    if (info.sheets.length === 0) throw new CsvImportError([msg("工作簿中没有工作表", "The workbook has no worksheet")]);
    const sharedStrings = await readSharedStrings(zip, info.sharedStringsPath, limits);
    const dateStyles = await readDateStyles(zip, info.stylesPath, limits);
    return { zip, info, ctx: (name) => ({ sharedStrings, dateStyles, date1904: info.date1904, limits, name }) };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/** The first non-empty row of a sheet, read no further. */
async function headerCells(wb: OpenWorkbook, sheet: { name: string; path: string }): Promise<string[] | null> {
  for await (const row of parseSheetRows(wb.zip.bytes(sheet.path), wb.ctx(sheet.name))) {
    const cells = rowCells(row);
    if (cells.some((c) => c.trim() !== "")) return cells;
  }
  return null;
}

/**
 * Which sheet to import: `requested` when given (it must exist), else the one sheet
 * whose header matches, else the only sheet. Throws SheetChoiceError when several match.
 * Returns the chosen name and every sheet with whether its header matches.
 */
export async function chooseSheet(
  path: string,
  requested: string | undefined,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<{ sheet: string; sheets: SheetSummary[] }> {
  const wb = await openWorkbook(path, limits);
  try {
    const sheets: SheetSummary[] = [];
    for (const s of wb.info.sheets) {
      const cells = await headerCells(wb, s);
      sheets.push({ name: s.name, matches: cells !== null && mapHeader(cells).ok });
    }
    if (requested !== undefined) {
      if (!sheets.some((s) => s.name === requested)) {
        const names = sheets.map((s) => s.name);
        throw new CsvImportError([
          msg(
            `工作簿中没有名为“${requested}”的工作表；现有：${names.join("、")}`,
            `The workbook has no worksheet named "${requested}"; it has: ${names.join(", ")}`,
          ),
        ]);
      }
      return { sheet: requested, sheets };
    }
    const matching = sheets.filter((s) => s.matches);
    if (matching.length > 1) throw new SheetChoiceError(sheets);
    // none matching: read the first sheet, whose header error then names what is missing
    return { sheet: (matching[0] ?? sheets[0]!).name, sheets };
  } finally {
    wb.zip.close();
  }
}

/** The rows of worksheet `sheet` as CSV-like records; file errors name the sheet. */
export async function* readXlsxRows(
  path: string,
  sheet: string,
  onHeader?: (h: CsvHeaderInfo) => void,
  limits: XlsxLimits = XLSX_LIMITS,
): AsyncGenerator<CsvRow> {
  const wb = await openWorkbook(path, limits);
  try {
    const ref = wb.info.sheets.find((s) => s.name === sheet);
    if (!ref) throw new CsvImportError([msg(`工作簿中没有名为“${sheet}”的工作表`, `The workbook has no worksheet named "${sheet}"`)]);
    yield* sheetRowsToRecords(parseSheetRows(wb.zip.bytes(ref.path), wb.ctx(sheet)), onHeader);
  } catch (e) {
    if (e instanceof CsvImportError && !(e instanceof SheetChoiceError) && e.constructor === CsvImportError) {
      throw new CsvImportError(
        e.errors.map((m) => inSheet(sheet, m)),
        e.rowNumber,
      );
    }
    throw e;
  } finally {
    wb.zip.close();
  }
}
