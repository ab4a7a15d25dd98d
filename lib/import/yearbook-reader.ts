// Yearbook and bulletin tables in an XLSX: each sheet is read once to find its header
// (below title and unit lines), its merged ranges and a 资料来源 line under the table,
// then planned (yearbook/table-plan.ts) and streamed a second time, row by row, into the
// same long rows the CSV reader yields, each field with the cell it came from.

import { msg, type Message } from "@/lib/i18n/message";
import { CsvImportError, type CsvRow } from "./csv-reader";
import { XLSX_LIMITS, type XlsxLimits } from "./upload-limits";
import { readDateStyles, readSharedStrings, readWorkbookInfo } from "./xlsx-parts";
import { parseSheetRows, type SheetContext } from "./sheet-xml";
import { rowCells } from "./xlsx-rows";
import { openZipArchive, type ZipArchive } from "./zip-archive";
import { footnoteSource } from "./yearbook/cell-text";
import { MergeFiller, parseMergeRef, type MergeRange, MAX_MERGES } from "./yearbook/merges";
import type { LayoutKind, MappingOptions } from "./yearbook/mapping-options";
import { planTable, type GridRow, type PlanLookups, type TablePlan } from "./yearbook/table-plan";
import { tableRowRecords, type SkippedRow } from "./yearbook/table-rows";

/** Rows kept from the top of a sheet to find its header and tell what its stub holds. */
const TOP_ROWS = 40;

export interface SheetScan {
  name: string;
  top: GridRow[];
  merges: MergeRange[];
  footSource: string | null;
}

export interface SheetOverview {
  name: string;
  /** A table was found that can be imported as it is. */
  matches: boolean;
  layout?: LayoutKind;
  headerRow?: number;
  /** Why not, when it cannot. */
  errors?: Message[];
}

async function openBook(path: string, limits: XlsxLimits) {
  const zip: ZipArchive = await openZipArchive(path, limits);
  try {
    const info = await readWorkbookInfo(zip, limits);
    if (info.sheets.length === 0) throw new CsvImportError([msg("工作簿中没有工作表", "The workbook has no worksheet")]);
    const sharedStrings = await readSharedStrings(zip, info.sharedStringsPath, limits);
    const dateStyles = await readDateStyles(zip, info.stylesPath, limits);
    const ctx = (name: string, onMerge?: (ref: string) => void): SheetContext => ({
      sharedStrings,
      dateStyles,
      date1904: info.date1904,
      limits,
      name,
      onMerge,
    });
    return { zip, info, ctx };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/** Reads every sheet once: the top rows (merged cells filled), merges, a 资料来源 line. */
export async function scanWorkbook(path: string, limits: XlsxLimits = XLSX_LIMITS): Promise<SheetScan[]> {
  const book = await openBook(path, limits);
  try {
    const scans: SheetScan[] = [];
    for (const s of book.info.sheets) {
      const refs: string[] = [];
      const top: GridRow[] = [];
      let footSource: string | null = null;
      for await (const row of parseSheetRows(
        book.zip.bytes(s.path),
        book.ctx(s.name, (r) => refs.length < MAX_MERGES && refs.push(r)),
      )) {
        const cells = rowCells(row);
        if (top.length < TOP_ROWS) top.push({ number: row.number, cells });
        const first = cells.find((c) => c.trim() !== "");
        if (first) footSource = footnoteSource(first) ?? footSource;
      }
      const merges = refs.map(parseMergeRef).filter((m): m is MergeRange => m !== null);
      const filler = new MergeFiller(merges);
      scans.push({ name: s.name, top: top.map((r) => ({ number: r.number, cells: filler.fill(r.number, r.cells) })), merges, footSource });
    }
    return scans;
  } finally {
    book.zip.close();
  }
}

/** The plan of one scanned sheet under the analyst's options. */
export function planSheet(scan: SheetScan, opts: MappingOptions, look: PlanLookups) {
  return planTable(scan.top, opts, look, scan.footSource);
}

/** Every sheet with the table found in it (or why none), for the answer and the mapping step. */
export function overviewSheets(scans: readonly SheetScan[], opts: MappingOptions, look: PlanLookups): SheetOverview[] {
  return scans.map((s) => {
    const p = planSheet(s, { ...opts, headerRow: undefined }, look);
    return p.ok
      ? { name: s.name, matches: true, layout: p.plan.layout, headerRow: p.plan.headerRow }
      : { name: s.name, matches: false, headerRow: p.headerRow, errors: p.errors };
  });
}

/**
 * The figures of a planned sheet as long rows (row numbers as Excel shows them), with
 * skipped rows (blank, totals, footnotes) reported to `onSkip`.
 */
export async function* readTableRows(
  path: string,
  scan: SheetScan,
  plan: TablePlan,
  onSkip: (s: SkippedRow) => void,
  limits: XlsxLimits = XLSX_LIMITS,
): AsyncGenerator<CsvRow> {
  const book = await openBook(path, limits);
  try {
    const ref = book.info.sheets.find((s) => s.name === scan.name);
    if (!ref) throw new CsvImportError([msg(`工作簿中没有名为“${scan.name}”的工作表`, `The workbook has no worksheet named "${scan.name}"`)]);
    const filler = new MergeFiller(scan.merges);
    let lastNumber = plan.headerRow;
    for await (const row of parseSheetRows(book.zip.bytes(ref.path), book.ctx(scan.name))) {
      const cells = filler.fill(row.number, rowCells(row));
      if (row.number <= plan.headerRow) continue;
      // rows the file leaves out are blank rows too
      for (let n = lastNumber + 1; n < row.number && n - lastNumber < 50; n++) onSkip({ row: n, reason: "blank", text: "" });
      lastNumber = row.number;
      const out = tableRowRecords(plan, { number: row.number, cells });
      if ("skipped" in out) {
        onSkip(out.skipped);
        continue;
      }
      for (const r of out.records) yield { rowNumber: r.rowNumber, raw: r.raw, extraValues: [], cells: r.cells };
    }
  } finally {
    book.zip.close();
  }
}
