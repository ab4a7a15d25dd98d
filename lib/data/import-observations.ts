import "server-only";
import { prisma } from "@/lib/db";
import type { Message } from "@/lib/i18n/message";
import { CsvImportError, readCsvRows, type CsvHeaderInfo, type CsvRow, type CsvSource } from "@/lib/import/csv-reader";
import type { TextEncodingUsed } from "@/lib/import/decode";
import type { RowError } from "@/lib/import/row-error";
import { rowShapeErrors } from "@/lib/import/row-shape";
import { validateRow } from "@/lib/import/validate-row";
import { loadImportContext } from "@/lib/data/import-context";
import { recordObservations, type ObservationWrite, type WriteOutcome } from "@/lib/data/observation-writes";

const BATCH = 5_000;
/** Enough to fix a file; a file with more errors than this is usually the wrong file. */
const MAX_REPORTED_ERRORS = 500;
const PREVIEW_ROWS = 1_000;

/** How the preview names outcomes to people: new / changed / unchanged. */
export type PreviewStatus = "new" | "changed" | "unchanged";
const STATUS: Record<WriteOutcome, PreviewStatus> = { created: "new", updated: "changed", unchanged: "unchanged" };

export interface PreviewRow {
  row: number;
  status: PreviewStatus;
  region: string;
  indicator: string;
  year: number;
  /** in the indicator's unit */
  value: number;
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
  rows: number;
  dryRun: boolean;
  /** The first rows with their outcome, for the preview (dry runs keep it even with errors). */
  preview: PreviewRow[];
}

export interface ImportOptions {
  actorId: number | null;
  fileName: string;
  dryRun?: boolean;
  /** false: no audit entry when nothing changed (the seed re-importing its sample) */
  auditIfUnchanged?: boolean;
}

class Rollback extends Error {}

type Batch = { row: number; write: ObservationWrite; indicator: string; value: number }[];

/**
 * Imports a CSV all-or-nothing, streaming: rows are validated and written in batches
 * inside one transaction, so memory stays bounded however long the file; any row error
 * (all are collected) or a dry run rolls the whole transaction back. A dry run therefore
 * classifies rows exactly as the real import would, duplicates within the file included.
 */
export async function importObservationsCsv(source: CsvSource, opts: ImportOptions & { encoding?: TextEncodingUsed }): Promise<ImportResult> {
  return importObservationRows((onHeader) => readCsvRows(source, { encoding: opts.encoding, onHeader }), opts);
}

/** The same for any row source (CSV or XLSX): `open` starts reading and reports the header. */
export async function importObservationRows(open: (onHeader: (h: CsvHeaderInfo) => void) => AsyncIterable<CsvRow>, opts: ImportOptions): Promise<ImportResult> {
  const ctx = await loadImportContext();
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, errors: [], fileErrors: [], warnings: [], totalErrors: 0, rows: 0, dryRun: !!opts.dryRun, preview: [] };
  const addError = (e: RowError) => {
    result.totalErrors += 1;
    if (result.errors.length < MAX_REPORTED_ERRORS) result.errors.push(e);
  };
  try {
    await prisma.$transaction(
      async (tx) => {
        let batch: Batch = [];
        // Writes overlap parsing: batch k goes to PostgreSQL while batch k+1 is parsed and
        // validated; batches still reach the database strictly one after another.
        let pending: Promise<void> = Promise.resolve();
        const write = async (rows: Batch) => {
          // after an error a real import is lost anyway; a dry run still classifies for the preview
          if (rows.length === 0 || (result.totalErrors > 0 && !opts.dryRun)) return;
          const { outcomes, counts } = await recordObservations(tx, rows.map((b) => b.write), opts.actorId);
          result.created += counts.created;
          result.updated += counts.updated;
          result.unchanged += counts.unchanged;
          outcomes.forEach((outcome, i) => {
            const b = rows[i]!;
            if (result.preview.length < PREVIEW_ROWS) {
              result.preview.push({ row: b.row, status: STATUS[outcome], region: b.write.regionAdcode, indicator: b.indicator, year: b.write.year, value: b.value });
            }
          });
        };
        const flush = async () => {
          const rows = batch;
          batch = [];
          await pending;
          pending = write(rows);
          pending.catch(() => {}); // awaited (and rethrown) at the next flush or the end
        };
        for await (const csvRow of open((h) => result.warnings.push(...h.warnings))) {
          result.rows += 1;
          const shape = rowShapeErrors(csvRow);
          shape.forEach(addError);
          const v = validateRow(csvRow.raw, csvRow.rowNumber, ctx);
          if (!v.ok) v.errors.forEach(addError);
          if (!v.ok || shape.length > 0) continue;
          batch.push({
            row: v.row.rowNumber,
            indicator: v.row.indicatorCode,
            value: v.row.value,
            write: {
              indicatorId: ctx.indicatorIds.get(v.row.indicatorCode)!,
              regionAdcode: v.row.adcode,
              year: v.row.year,
              value: String(v.row.value),
              valueAsEntered: v.row.valueAsEntered,
              unitAsEntered: v.row.unitAsEntered || null,
              source: v.row.source,
              note: v.row.note || null,
              flags: v.row.flags,
            },
          });
          if (batch.length >= BATCH) await flush();
        }
        await flush();
        await pending;
        if (result.totalErrors > 0 || opts.dryRun) throw new Rollback();
        if (opts.auditIfUnchanged === false && result.created + result.updated === 0) return;
        await tx.auditLog.create({
          data: {
            actorId: opts.actorId,
            action: "observation.import",
            entityType: "import",
            entityId: opts.fileName,
            meta: { fileName: opts.fileName, rows: result.rows, created: result.created, updated: result.updated, unchanged: result.unchanged },
          },
        });
      },
      { timeout: 15 * 60_000, maxWait: 30_000 },
    );
  } catch (e) {
    if (e instanceof CsvImportError) {
      result.fileErrors = e.errors;
    } else if (!(e instanceof Rollback)) {
      throw e;
    }
  }
  if (result.totalErrors > 0 || result.fileErrors.length > 0) {
    // nothing was written: counts describe what would have happened, so clear them
    Object.assign(result, { created: 0, updated: 0, unchanged: 0 });
    if (!opts.dryRun || result.fileErrors.length > 0) result.preview = [];
  }
  return result;
}
