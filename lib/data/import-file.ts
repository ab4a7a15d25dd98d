import "server-only";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { msg, type Message } from "@/lib/i18n/message";
import { tooLargeMessage } from "@/lib/import/byte-limit";
import { CsvImportError, readCsvRows, type CsvHeaderInfo, type CsvRow } from "@/lib/import/csv-reader";
import { encodingNote, detectFileEncoding } from "@/lib/import/stream-decode";
import type { TextEncodingName } from "@/lib/import/detect-encoding";
import { spoolUpload, type SpooledFile } from "@/lib/import/spool";
import { UploadLimitError } from "@/lib/import/upload-limits";
import type { Upload } from "@/lib/import/upload";
import { chooseSheet, inSheet, readXlsxRows, SheetChoiceError, type SheetSummary } from "@/lib/import/xlsx-reader";
import { importObservationRows, type ImportResult } from "@/lib/data/import-observations";
import { isConcurrentWriteConflict } from "@/lib/data/db-errors";
import { logger } from "@/lib/log";

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
}

/** A bound crossed while reading: size bounds are 413, structure bounds (nesting) 422. */
const limitError = (e: UploadLimitError) => new AppError(e.tooLarge ? "PAYLOAD_TOO_LARGE" : "VALIDATION", e.errors[0]!);

async function* rethrowLimits(rows: AsyncIterable<CsvRow>): AsyncGenerator<CsvRow> {
  try {
    yield* rows;
  } catch (e) {
    throw e instanceof UploadLimitError ? limitError(e) : e;
  }
}

/** A result for a file refused as a whole (nothing read, nothing written). */
function fileRefused(errors: Message[], dryRun: boolean): ImportFileResult {
  return { created: 0, updated: 0, unchanged: 0, errors: [], fileErrors: errors, warnings: [], totalErrors: 0, rowWarnings: [], totalWarnings: 0, needsConfirmation: false, rows: 0, dryRun, preview: [] };
}

interface Reading {
  open: (onHeader: (h: CsvHeaderInfo) => void) => AsyncIterable<CsvRow>;
  encoding?: TextEncodingName;
  sheet?: string;
  sheets?: SheetSummary[];
}

/** Decides how to read the spooled file: the CSV's encoding over the whole file, or the XLSX's sheet. */
async function prepareReading(file: SpooledFile, sheet: string | undefined): Promise<Reading> {
  if (file.format === "xlsx") {
    const chosen = await chooseSheet(file.path, sheet);
    return { ...chosen, open: (onHeader) => rethrowLimits(readXlsxRows(file.path, chosen.sheet, onHeader)) };
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
 */
export async function importObservationFile(actor: Actor, upload: Upload, opts: { dryRun: boolean; sheet?: string; confirmWarnings?: boolean }): Promise<ImportFileResult> {
  authorize(actor, "observation.import");
  const user = requireUser(actor);
  let file: SpooledFile;
  try {
    file = await spoolUpload(upload);
  } catch (e) {
    if (upload.limit.exceeded) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(upload.limit.maxBytes));
    throw e;
  }
  try {
    let reading: Reading;
    try {
      reading = await prepareReading(file, opts.sheet);
    } catch (e) {
      if (e instanceof UploadLimitError) throw limitError(e);
      if (e instanceof SheetChoiceError) return { ...fileRefused(e.errors, opts.dryRun), sheets: e.sheets };
      if (e instanceof CsvImportError) return fileRefused(e.errors, opts.dryRun);
      throw e;
    }
    const result: ImportFileResult = await importObservationRows(reading.open, { actorId: user.userId, fileName: upload.fileName, dryRun: opts.dryRun, confirmWarnings: opts.confirmWarnings, validateFirst: true }).catch((e: unknown) => {
      if (isConcurrentWriteConflict(e)) throw concurrentImport();
      throw e;
    });
    const note = reading.encoding ? encodingNote(reading.encoding) : null;
    if (note) result.warnings.unshift(note);
    const sheet = reading.sheet;
    if (sheet !== undefined) {
      // every row error names the worksheet: 工作表“Sheet2”：第5行…
      result.errors = result.errors.map((e) => ({ ...e, sheet, message: inSheet(sheet, e.message) }));
      Object.assign(result, { sheet, sheets: reading.sheets });
    }
    return result;
  } finally {
    await file.dispose().catch((e: unknown) => logger.warn({ err: e }, "could not remove a spooled upload"));
  }
}
