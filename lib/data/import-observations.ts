import "server-only";
import type pg from "pg";
import { withPgTransaction } from "@/lib/db";
import type { Message } from "@/lib/i18n/message";
import { CsvImportError, readCsvRows, type CsvHeaderInfo, type CsvRow, type CsvSource } from "@/lib/import/csv-reader";
import type { TextEncodingName } from "@/lib/import/detect-encoding";
import { cellError, type RowError } from "@/lib/import/row-error";
import { rowShapeErrors } from "@/lib/import/row-shape";
import { validateRow } from "@/lib/import/validate-row";
import { loadImportContext, type ImportContext } from "@/lib/data/import-context";
import { writeAuditOn } from "@/lib/data/audit";
import { copyChunks, createStaging, stageChunk, versionStagedWithRetry, type StagedWrite } from "@/lib/data/observation-copy";
import type { VersionedWrites, WriteOutcome } from "@/lib/data/observation-writes";
import { forEachPrefetched } from "@/lib/util/prefetch";
import { stagedPlausibility } from "@/lib/data/import-plausibility";
import { stageCurrentVersions } from "@/lib/data/import-current";
import { msg } from "@/lib/i18n/message";
import { holdBackConflicts, replacedFigures, type OverwriteConflict, type ReplacedFigure } from "@/lib/data/import-guard";

const NO_DATA_ROWS = msg(
  "文件只有表头，没有数据行；请在表头下面每行填写一个数值（地区、指标、年份、数值、来源）",
  "The file has a header but no data rows; add one figure per row below the header (region, indicator, year, value, source)",
);

/** Enough to fix a file; a file with more errors than this is usually the wrong file. */
const MAX_REPORTED_ERRORS = 500;
const PREVIEW_ROWS = 1_000;
/** Rows per COPY: big enough to amortise a statement, small enough that parsing the next overlaps it. */
const IMPORT_CHUNK_ROWS = 10_000;
/** No statement, and no stall of the upload inside the transaction, may take longer (the Prisma transaction's old bound). */
const IMPORT_TIMEOUT = "15min";
/**
 * Sort memory of the import's statements (this transaction only): the staged rows of a
 * 100,000-row file are sorted by series in several statements, and at the server's 4 MB
 * default every one of those sorts spilled to disk. At most IMPORT_CONCURRENCY imports.
 */
const IMPORT_WORK_MEM = "64MB";

/** How the preview names outcomes to people: new / changed / unchanged; conflict = would overwrite a newer correction (held back unless confirmed). */
type PreviewStatus = "new" | "changed" | "unchanged" | "conflict";
const STATUS: Record<WriteOutcome, PreviewStatus> = { created: "new", updated: "changed", unchanged: "unchanged" };

interface PreviewRow {
  row: number;
  status: PreviewStatus;
  region: string;
  indicator: string;
  year: number;
  /** in the indicator's unit */
  value: number;
  valueAsEntered: string;
  unitAsEntered: string;
  /** The row's key for confirming a conflict (`overwrite`): the row number, or a running number for tables with several figures per row. */
  key: number;
  /** Yearbook tables: the cell of the figure ("B7"). */
  cell?: string;
  /** The current figure this row would replace (changed and conflict rows). */
  old?: Omit<ReplacedFigure, "rowNo">;
  /** conflict rows: why the current figure counts as a newer correction. */
  conflict?: OverwriteConflict["reason"];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  /** Problems with the file as a whole (bad header, broken quoting); nothing was read. */
  fileErrors: Message[];
  /** Notes that do not stop the import (ignored columns, GBK encoding). */
  warnings: Message[];
  totalErrors: number;
  /** Rows whose figure looks implausible (the entry form's rules): listed in the preview, and a real import writes them only with `confirmWarnings`. */
  rowWarnings: RowError[];
  totalWarnings: number;
  /** A real import stopped (nothing written) because rows have warnings that were not confirmed. */
  needsConfirmation: boolean;
  rows: number;
  dryRun: boolean;
  /** The first rows with their outcome, for the preview (dry runs keep it even with errors). */
  preview: PreviewRow[];
  /** Rows that would overwrite a newer correction (see import-guard.ts), the first ones. */
  conflicts?: (OverwriteConflict & { row: number; cell?: string })[];
  totalConflicts?: number;
  /** Of them, left out of the write because they were not confirmed. */
  heldBack?: number;
  /** A written import: its batch (the audit entry's id), which POST /api/v1/imports/{batch}/undo reverts. */
  batch?: string;
}

export interface ImportOptions {
  actorId: number | null;
  fileName: string;
  dryRun?: boolean;
  /** false: no audit entry when nothing changed (the seed re-importing its sample) */
  auditIfUnchanged?: boolean;
  /**
   * The source can be opened twice (a spooled upload): read and validate every row
   * first, without a connection, and open the transaction only for a file that has
   * something to write (or a dry run to classify).
   */
  validateFirst?: boolean;
  /** The analyst has seen the plausibility warnings (from a dry run) and imports anyway. */
  confirmWarnings?: boolean;
  /** Rows (PreviewRow.key) that may overwrite a newer correction; "all" for every one. */
  overwrite?: "all" | readonly number[];
}

class Rollback extends Error {}

/** The file's share of a preview row, before its status is known. */
type PreviewSource = Omit<PreviewRow, "status">;

/** Where each staged row came from, when a file row holds several figures (yearbook tables). */
type Origins = Map<number, { row: number; cell?: string }>;

/**
 * Imports a CSV all-or-nothing, streaming: validated rows are COPYed in chunks into a
 * staging table, so memory stays bounded however long the file, and the staged rows are
 * classified and written by one statement (versionStagedSql), all in one transaction
 * with the audit entry. Any row error (all are collected) or a dry run rolls the
 * transaction back; a dry run classifies rows exactly as the real import would,
 * duplicates within the file included.
 */
export async function importObservationsCsv(source: CsvSource, opts: ImportOptions & { encoding?: TextEncodingName }): Promise<ImportResult> {
  return importObservationRows((onHeader) => readCsvRows(source, { encoding: opts.encoding, onHeader }), opts);
}

/** The same for any row source (CSV or XLSX): `open` starts reading and reports the header. */
export async function importObservationRows(open: (onHeader: (h: CsvHeaderInfo) => void) => AsyncIterable<CsvRow>, opts: ImportOptions): Promise<ImportResult> {
  const ctx = await loadImportContext();
  if (opts.validateFirst) {
    const refused = await validateBeforeWriting(open, ctx, opts);
    if (refused) return refused;
  }
  const result = emptyResult(opts);
  const unitById = new Map([...ctx.indicatorIds].map(([code, id]) => [id, ctx.findIndicator(code)?.unit ?? ""]));
  const preview: PreviewSource[] = [];
  const origins: Origins = new Map();
  const chunks = copyChunks(
    open((h) => result.warnings.push(...h.warnings)),
    rowToWrite(ctx, result, preview, origins),
    IMPORT_CHUNK_ROWS,
  );
  try {
    await withPgTransaction(async (client) => {
      const { counts, outcomes, old } = await writeChunks(client, chunks, result, opts, (id) => unitById.get(id) ?? "", preview, origins);
      Object.assign(result, counts);
      const statusOf = new Map(outcomes.map((o) => [o.rowNo, STATUS[o.outcome]]));
      const conflictOf = new Map((result.conflicts ?? []).map((c) => [c.rowNo, c.reason]));
      result.preview = preview.map((p) => {
        const was = old.get(p.key);
        const status = statusOf.get(p.key) ?? "conflict";
        const conflict = conflictOf.get(p.key);
        return {
          ...p,
          status: conflict && status !== "changed" ? "conflict" : status,
          ...(was && status !== "new" ? { old: withoutRowNo(was) } : {}),
          ...(conflict ? { conflict } : {}),
        };
      });
      if (result.totalErrors > 0 || opts.dryRun || result.needsConfirmation) throw new Rollback();
      if (opts.auditIfUnchanged === false && result.created + result.updated === 0) return;
      result.batch = await writeAuditOn(client, opts.actorId, {
        action: "observation.import",
        entityType: "import",
        entityId: opts.fileName,
        meta: { fileName: opts.fileName, rows: result.rows, created: result.created, updated: result.updated, unchanged: result.unchanged },
      });
    });
  } catch (e) {
    if (e instanceof CsvImportError) {
      result.fileErrors = e.errors;
    } else if (!(e instanceof Rollback)) {
      throw e;
    }
  }
  if (result.rows === 0 && result.fileErrors.length === 0) result.fileErrors = [NO_DATA_ROWS];
  if (result.totalErrors > 0 || result.fileErrors.length > 0 || result.needsConfirmation) {
    // nothing was written: counts describe what would have happened, so clear them
    Object.assign(result, { created: 0, updated: 0, unchanged: 0 });
    if ((!opts.dryRun && !result.needsConfirmation) || result.fileErrors.length > 0) result.preview = [];
  }
  return result;
}

function emptyResult(opts: ImportOptions): ImportResult {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    fileErrors: [],
    warnings: [],
    totalErrors: 0,
    rowWarnings: [],
    totalWarnings: 0,
    needsConfirmation: false,
    rows: 0,
    dryRun: !!opts.dryRun,
    preview: [],
  };
}

/**
 * The whole file read and validated with no connection held: the result when it cannot
 * be written (a file error; row errors in a real import), else null. A dry run with row
 * errors still goes on, to classify its valid rows for the preview.
 */
async function validateBeforeWriting(
  open: (onHeader: (h: CsvHeaderInfo) => void) => AsyncIterable<CsvRow>,
  ctx: ImportContext,
  opts: ImportOptions,
): Promise<ImportResult | null> {
  const result = emptyResult(opts);
  const check = rowToWrite(ctx, result, [], new Map());
  try {
    for await (const row of open((h) => result.warnings.push(...h.warnings))) check(row);
  } catch (e) {
    if (!(e instanceof CsvImportError)) throw e;
    result.fileErrors = e.errors;
    return result;
  }
  if (result.rows === 0 && result.totalErrors === 0) return { ...result, fileErrors: [NO_DATA_ROWS] };
  return result.totalErrors > 0 && !opts.dryRun ? result : null;
}

/**
 * Validates and converts one row into a write, or null when it is not written: counts
 * rows and collects errors into `result`, and the first valid rows into `preview`. After
 * the first error a real import writes nothing more (it is lost anyway) but reads on to
 * report every error; a dry run still writes the valid rows, to classify them for the
 * preview.
 */
function rowToWrite(ctx: ImportContext, result: ImportResult, preview: PreviewSource[], origins: Origins): (csvRow: CsvRow) => StagedWrite | null {
  const addError = (e: RowError) => {
    result.totalErrors += 1;
    if (result.errors.length < MAX_REPORTED_ERRORS) result.errors.push(e);
  };
  let seq = 0;
  return (csvRow) => {
    result.rows += 1;
    // a yearbook row holds several figures: each is staged under a running number, and
    // every error names the cell its field came from
    const at = (e: RowError): RowError => {
      const cell = csvRow.cells?.[e.column as keyof NonNullable<CsvRow["cells"]>] ?? csvRow.cells?.value;
      return cell ? { ...e, cell } : e;
    };
    const shape = rowShapeErrors(csvRow);
    shape.forEach(addError);
    const v = validateRow(csvRow.raw, csvRow.rowNumber, ctx);
    if (!v.ok) v.errors.map(at).forEach(addError);
    if (!v.ok || shape.length > 0 || (result.totalErrors > 0 && !result.dryRun)) return null;
    const r = v.row;
    const key = csvRow.cells ? ++seq : r.rowNumber;
    if (csvRow.cells) origins.set(key, { row: r.rowNumber, cell: csvRow.cells.value });
    if (preview.length < PREVIEW_ROWS) {
      preview.push({
        row: r.rowNumber,
        key,
        region: r.adcode,
        indicator: r.indicatorCode,
        year: r.year,
        value: r.value,
        valueAsEntered: r.valueAsEntered,
        unitAsEntered: r.unitAsEntered,
        ...(csvRow.cells?.value ? { cell: csvRow.cells.value } : {}),
      });
    }
    return {
      rowNo: key,
      write: {
        indicatorId: ctx.indicatorIds.get(r.indicatorCode)!,
        regionAdcode: r.adcode,
        year: r.year,
        value: String(r.value),
        valueAsEntered: r.valueAsEntered,
        unitAsEntered: r.unitAsEntered || null,
        publishedAt: r.publishedAt ?? null,
        source: r.source,
        note: r.note || null,
        flags: r.flags,
      },
    };
  };
}

/**
 * Stages the chunks in the open transaction (COPY, while the next chunk is read and
 * validated), then classifies and writes the whole file in one statement. One statement
 * for the whole file is what keeps parallel imports from deadlocking: it inserts, and so
 * locks, its series in one global order (by key, see versionStagedSql), where writing
 * chunk by chunk locked them in file order — import A holding S1 and waiting for S2
 * while B held S2 and waited for S1. A deadlock or serialization failure that still
 * happens (another kind of writer) is retried a few times (versionStagedWithRetry).
 * After a row error a real import only reads on. Returns the counts and the first rows'
 * outcomes.
 */
async function writeChunks(
  client: pg.ClientBase,
  chunks: AsyncIterable<string>,
  result: ImportResult,
  opts: ImportOptions,
  unitOf: (indicatorId: number) => string,
  preview: readonly PreviewSource[],
  origins: Origins,
): Promise<VersionedWrites & { old: Map<number, ReplacedFigure> }> {
  await client.query(
    `SET LOCAL statement_timeout = '${IMPORT_TIMEOUT}'; SET LOCAL idle_in_transaction_session_timeout = '${IMPORT_TIMEOUT}'; SET LOCAL work_mem = '${IMPORT_WORK_MEM}'`,
  );
  await createStaging(client);
  await forEachPrefetched(chunks, async (chunk) => {
    if (result.totalErrors > 0 && !opts.dryRun) return;
    await stageChunk(client, chunk);
  });
  if (result.totalErrors > 0 && !opts.dryRun) throw new Rollback();
  await stageCurrentVersions(client);
  // the preview's old figures, then rows that would revert a newer correction held back
  const old = await replacedFigures(
    client,
    preview.map((p) => p.key),
  );
  const guard = await holdBackConflicts(client, opts.overwrite ?? [], MAX_REPORTED_ERRORS);
  const where = (rowNo: number) => origins.get(rowNo) ?? { row: rowNo };
  Object.assign(result, { conflicts: guard.conflicts.map((c) => ({ ...c, ...where(c.rowNo) })), totalConflicts: guard.total, heldBack: guard.heldBack });
  // the same rules as the entry form, before anything is written
  const plausibility = await stagedPlausibility(client, unitOf, MAX_REPORTED_ERRORS);
  if (origins.size > 0) plausibility.warnings = plausibility.warnings.map((w) => relocate(w, origins));
  result.rowWarnings = plausibility.warnings;
  result.totalWarnings = plausibility.total;
  if (plausibility.total > 0 && !opts.dryRun && !opts.confirmWarnings) {
    result.needsConfirmation = true;
    // classify without writing, so the answer can still show the preview
    const classified = await versionStagedWithRetry(client, { write: false, actorId: opts.actorId, outcomes: PREVIEW_ROWS });
    return { ...classified, old };
  }
  return { ...(await versionStagedWithRetry(client, { write: !opts.dryRun, actorId: opts.actorId, outcomes: PREVIEW_ROWS })), old };
}

const withoutRowNo = ({ rowNo: _rowNo, ...figure }: ReplacedFigure): Omit<ReplacedFigure, "rowNo"> => figure;

/** A warning about a staged running number, renamed to its worksheet row and cell. */
function relocate(w: RowError, origins: Origins): RowError {
  const o = origins.get(w.row);
  if (!o) return w;
  return { ...cellError(o.row, "value", w.value, w.detail), ...(o.cell ? { cell: o.cell } : {}) };
}
