import "server-only";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { msg, type Message } from "@/lib/i18n/message";
import { tooLargeMessage } from "@/lib/import/byte-limit";
import { CsvImportError, readCsvRows, type CsvHeaderInfo, type CsvRow } from "@/lib/import/csv-reader";
import { encodingNote, detectFileEncoding } from "@/lib/import/stream-decode";
import type { TextEncodingName } from "@/lib/import/detect-encoding";
import { openStaged, spoolUpload, STAGE_TTL_MS, stageSpool, StagedFileError, type SpooledFile, type StagedFile } from "@/lib/import/spool";
import { UploadLimitError } from "@/lib/import/upload-limits";
import type { Upload } from "@/lib/import/upload";
import { chooseSheet, inSheet, readXlsxRows, SheetChoiceError, type SheetSummary } from "@/lib/import/xlsx-reader";
import { importObservationRows, type ImportResult } from "@/lib/data/import-observations";
import { isConcurrentWriteConflict } from "@/lib/data/db-errors";
import { logger } from "@/lib/log";
import type { MappingOptions } from "@/lib/import/yearbook/mapping-options";
import { SKIP_REASONS, type SkippedRow } from "@/lib/import/yearbook/table-rows";
import { prepareTableReading, TablePlanError, type TableSummary } from "@/lib/data/import-table";

// Another writer committed a version of a series this file also writes, between our read
// of the current versions and our insert: the unique (series, version) key stopped us.
const concurrentImport = () =>
  new AppError(
    "CONFLICT",
    msg(
      "导入期间有其他人保存了相同地区、指标和年份的数值，本次导入未写入任何数据；请重新导入，新数值将记录在他们的数值之后",
      "Someone saved figures for the same region, indicator and year while this file was importing; nothing was written. Import the file again to record it on top of their figures",
    ),
  );

export interface ImportFileResult extends ImportResult {
  /** XLSX: the worksheet read, and every worksheet with whether its header matches. */
  sheet?: string;
  sheets?: SheetSummary[];
  /** Kept for the commit (a staged preview): its id and expiry. */
  staged?: StagedFile;
  /** Yearbook tables: the layout, header row and columns as read. */
  table?: TableSummary;
  /** The header row read, also when the table could not be planned. */
  headerRow?: number;
  /** Rows left out (blank, totals, footnotes), the first ones, with the reason. */
  skipped?: (SkippedRow & { reasonText: Message })[];
  totalSkipped?: number;
}

export interface ImportFileOptions {
  dryRun: boolean;
  sheet?: string;
  confirmWarnings?: boolean;
  /** The mapping step's choices (layout, header row, columns, indicator, unit, source …). */
  mapping?: MappingOptions;
  /** Apply the mapping saved under this name. */
  mappingName?: string;
  /** Save the mapping used under this name. */
  saveMapping?: string;
  /** Rows that may overwrite a newer correction (preview keys), or "all". */
  overwrite?: "all" | readonly number[];
}

/** The request asks for the yearbook-table path rather than the long layout's. */
const wantsTable = (o: ImportFileOptions) =>
  o.mappingName !== undefined ||
  o.saveMapping !== undefined ||
  Object.entries(o.mapping ?? {}).some(([k, v]) => v !== undefined && !(k === "layout" && (v === "auto" || v === "long")));

/** A bound crossed while reading: size bounds are 413, structure bounds (nesting) 422. */
const limitError = (e: UploadLimitError) => new AppError(e.tooLarge ? "PAYLOAD_TOO_LARGE" : "VALIDATION", e.errors[0]!);

async function* rethrowLimits(rows: AsyncIterable<CsvRow>): AsyncGenerator<CsvRow> {
  try {
    yield* rows;
  } catch (e) {
    throw e instanceof UploadLimitError ? limitError(e) : e;
  }
}

/** "表2!B7 第7行“数值”列：…" — an error located at a worksheet cell (Excel's own notation). */
function atCell(sheet: string, cell: string, m: Message): Message {
  // Excel quotes a sheet name with spaces or punctuation: '表2 区域中心城市城区人口'!B7
  const ref = `${/[\s'!,;:()（）\-]/.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${cell}`;
  return msg(`${ref} ${m.zh}`, `${ref}: ${m.en}`);
}

/** A result for a file refused as a whole (nothing read, nothing written). */
function fileRefused(errors: Message[], dryRun: boolean): ImportFileResult {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    fileErrors: errors,
    warnings: [],
    totalErrors: 0,
    rowWarnings: [],
    totalWarnings: 0,
    needsConfirmation: false,
    rows: 0,
    dryRun,
    preview: [],
  };
}

interface Reading {
  open: (onHeader: (h: CsvHeaderInfo) => void) => AsyncIterable<CsvRow>;
  encoding?: TextEncodingName;
  sheet?: string;
  sheets?: SheetSummary[];
  table?: TableSummary;
  skipped?: () => { rows: SkippedRow[]; total: number };
}

/** Decides how to read the spooled file: the CSV's encoding over the whole file, or the XLSX's sheet. */
async function prepareReading(actor: Actor, file: SpooledFile, opts: ImportFileOptions): Promise<Reading> {
  const { sheet } = opts;
  if (file.format === "xlsx") {
    if (!wantsTable(opts)) {
      // a long table whose header is its first row: the reader of today
      const chosen = await chooseSheet(file.path, sheet);
      if (chosen.sheets.find((s) => s.name === chosen.sheet)?.matches || opts.mapping?.layout === "long") {
        return { ...chosen, open: (onHeader) => rethrowLimits(readXlsxRows(file.path, chosen.sheet, onHeader)) };
      }
    }
    const t = await prepareTableReading(actor, file.path, { sheet, mapping: opts.mapping ?? {}, mappingName: opts.mappingName, saveAs: opts.saveMapping });
    return {
      sheet: t.sheet,
      sheets: t.sheets,
      table: t.table,
      skipped: () => ({ rows: t.skipped, total: t.skippedCount() }),
      open: () => rethrowLimits(t.open()),
    };
  }
  const encoding = await detectFileEncoding(file.chunks());
  return { encoding, open: (onHeader) => readCsvRows(file.chunks(), { encoding, onHeader }) };
}

/**
 * Imports an uploaded CSV or XLSX file all-or-nothing (or previews it with `dryRun`).
 * The upload is first spooled to a temporary file (a slow client holds no connection),
 * then read whole to decide its encoding or sheet and to validate every row; only a
 * file with something to write opens the transaction. A file over the size limit is a
 * 413, even when it was cut mid-way; a workbook past a reading bound 413/422.
 * `stage`: keep the file under an id afterwards (result.staged), so the commit (or a
 * preview of another worksheet) names the id instead of uploading the file again.
 */
export async function importObservationFile(actor: Actor, upload: Upload, opts: ImportFileOptions & { stage?: boolean }): Promise<ImportFileResult> {
  authorize(actor, "observation.import");
  const user = requireUser(actor);
  let file: SpooledFile;
  try {
    file = await spoolUpload(upload);
  } catch (e) {
    if (upload.limit.exceeded) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(upload.limit.maxBytes));
    throw e;
  }
  let kept = false;
  try {
    const result = await importSpooled(actor, user.userId, file, opts);
    if (opts.stage) {
      result.staged = await stageSpool(file, user.userId);
      kept = true;
    }
    return result;
  } finally {
    if (!kept) await file.dispose().catch((e: unknown) => logger.warn({ err: e }, "could not remove a spooled upload"));
  }
}

const STAGED_GONE = msg(
  "找不到这份已上传的文件（可能已导入、已过期或不属于您）；请重新选择文件并预览",
  "This uploaded file is not available (already imported, expired, or not yours); choose the file and preview it again",
);
const STAGED_EXPIRED = msg(
  `已上传的文件超过${STAGE_TTL_MS / 60_000}分钟有效期，已删除；请重新选择文件并预览`,
  `The uploaded file expired after ${STAGE_TTL_MS / 60_000} minutes and was removed; choose the file and preview it again`,
);

/**
 * Previews or imports a file staged by an earlier preview (importObservationFile with
 * `stage`), by its id: only its uploader may, and only before it expires (404 with a
 * message saying to upload again otherwise; another user's id reads as unknown). A commit
 * that wrote (or had nothing to write) removes the file; a preview or a refused commit
 * keeps it for the next try.
 */
export async function importStagedFile(actor: Actor, id: string, opts: ImportFileOptions): Promise<ImportFileResult> {
  authorize(actor, "observation.import");
  const user = requireUser(actor);
  let file: Awaited<ReturnType<typeof openStaged>>;
  try {
    file = await openStaged(id, user.userId);
  } catch (e) {
    if (e instanceof StagedFileError) throw new AppError("NOT_FOUND", e.reason === "expired" ? STAGED_EXPIRED : STAGED_GONE);
    throw e;
  }
  const result = await importSpooled(actor, user.userId, file, opts);
  const done = !opts.dryRun && result.fileErrors.length === 0 && result.totalErrors === 0 && !result.needsConfirmation;
  if (done) await file.dispose().catch((e: unknown) => logger.warn({ err: e }, "could not remove a staged upload"));
  else result.staged = file.staged;
  return result;
}

/** Reads a spooled (or staged) file and imports or previews it; the caller disposes of it. */
async function importSpooled(actor: Actor, userId: number, file: SpooledFile, opts: ImportFileOptions): Promise<ImportFileResult> {
  let reading: Reading;
  try {
    reading = await prepareReading(actor, file, opts);
  } catch (e) {
    if (e instanceof UploadLimitError) throw limitError(e);
    if (e instanceof TablePlanError)
      return {
        ...fileRefused(e.errors, opts.dryRun),
        sheets: e.sheets,
        ...(e.sheet ? { sheet: e.sheet } : {}),
        ...(e.headerRow ? { headerRow: e.headerRow } : {}),
      };
    if (e instanceof SheetChoiceError) return { ...fileRefused(e.errors, opts.dryRun), sheets: e.sheets };
    if (e instanceof CsvImportError) return fileRefused(e.errors, opts.dryRun);
    throw e;
  }
  const result: ImportFileResult = await importObservationRows(reading.open, {
    actorId: userId,
    fileName: file.fileName,
    dryRun: opts.dryRun,
    confirmWarnings: opts.confirmWarnings,
    validateFirst: true,
    overwrite: opts.overwrite,
  }).catch((e: unknown) => {
    if (isConcurrentWriteConflict(e)) throw concurrentImport();
    throw e;
  });
  const note = reading.encoding ? encodingNote(reading.encoding) : null;
  if (note) result.warnings.unshift(note);
  const sheet = reading.sheet;
  if (sheet !== undefined) {
    // every row error names the worksheet: 工作表“Sheet2”：第5行…
    result.errors = result.errors.map((e) => ({ ...e, sheet, message: e.cell ? atCell(sheet, e.cell, e.message) : inSheet(sheet, e.message) }));
    result.rowWarnings = result.rowWarnings.map((e) => (e.cell ? { ...e, message: atCell(sheet, e.cell, e.message) } : e));
    Object.assign(result, { sheet, sheets: reading.sheets });
  }
  if (reading.table) {
    const skipped = reading.skipped!();
    Object.assign(result, {
      table: reading.table,
      headerRow: reading.table.headerRow,
      skipped: skipped.rows.map((r) => ({ ...r, reasonText: SKIP_REASONS[r.reason] })),
      totalSkipped: skipped.total,
    });
  }
  return result;
}
