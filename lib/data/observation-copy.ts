import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { isRetryableConflict } from "@/lib/data/db-errors";
import { logger } from "@/lib/log";
import { toVersionedWrites, versionStagedSql, type ObservationWrite, type VersionedRow, type VersionedWrites } from "@/lib/data/observation-writes";

// Bulk writes of observations on a raw pg client, inside the caller's transaction:
// writes are COPYed, a chunk at a time, into a temporary staging table, and one
// statement (versionStagedSql) classifies all the staged rows and inserts the new
// versions, locking their series in key order.

export const STAGED = "observation_staged";

/** A write and its position: rows are applied in rowNo order (a later one is the newer version). */
export interface StagedWrite {
  rowNo: number;
  write: ObservationWrite;
}

/** The staging table, dropped at the end of the transaction whether it commits or not. */
export async function createStaging(client: pg.ClientBase): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE ${STAGED} (
      "rowNo" int NOT NULL, "indicatorId" int NOT NULL, "regionAdcode" text NOT NULL, year int NOT NULL,
      value numeric(24,8) NOT NULL, "valueAsEntered" text, "unitAsEntered" text, source text NOT NULL, note text, flags text[] NOT NULL,
      "publishedAt" timestamp(3)
    ) ON COMMIT DROP`);
}

// COPY's text format: backslash, tab, newline and carriage return are the only
// characters that need escaping; \N is NULL.
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const text = (s: string) => (SPECIAL.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : s);
const nullable = (s: string | null) => (s === null ? "\\N" : text(s));

/** One line of COPY text. Flags are names from FLAGS (letters and _), so the array literal needs no quoting. */
function copyLine({ rowNo, write: w }: StagedWrite): string {
  return `${rowNo}\t${w.indicatorId}\t${text(w.regionAdcode)}\t${w.year}\t${w.value}\t${nullable(w.valueAsEntered)}\t${nullable(w.unitAsEntered)}\t${text(w.source)}\t${nullable(w.note)}\t{${w.flags.join(",")}}\t${w.publishedAt ? utcWallTime(w.publishedAt) : "\\N"}\n`;
}

/** A moment as the UTC wall-clock text a timestamp column stores (createdAt's convention). */
const utcWallTime = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

/**
 * The writes `toWrite` makes of `rows` (null: skip the row), as COPY text in chunks of
 * up to `rowsPerChunk` rows (none empty). Mapping here rather than in another async
 * generator saves a promise per row. The first chunks are smaller (1,000 rows,
 * doubling), so the database starts while the rest of the file is still being read.
 * Every 250 rows the event loop gets a turn, so replies from the database are not kept
 * waiting behind the reading of the next chunk.
 */
export async function* copyChunks<R>(rows: AsyncIterable<R>, toWrite: (row: R) => StagedWrite | null, rowsPerChunk: number): AsyncGenerator<string> {
  let chunk = "";
  let n = 0;
  let limit = Math.min(1_000, rowsPerChunk);
  for await (const row of rows) {
    const write = toWrite(row);
    if (write === null) continue;
    chunk += copyLine(write);
    if (++n % 250 === 0) await new Promise(setImmediate);
    if (n === limit) {
      yield chunk;
      chunk = "";
      n = 0;
      limit = Math.min(limit * 2, rowsPerChunk);
    }
  }
  if (n > 0) yield chunk;
}

/** Appends one chunk of COPY text to the staging table. */
export async function stageChunk(client: pg.ClientBase, chunk: string): Promise<void> {
  await pipeline(Readable.from([chunk]), client.query(copyFrom(`COPY ${STAGED} FROM STDIN`)));
}

/**
 * Classifies every staged write and, with `write`, inserts the new versions (see
 * versionStagedSql); `outcomes` is how many of the first rows' outcomes to return.
 * A dry run (`write: false`) classifies exactly the same way.
 */
async function versionStaged(client: pg.ClientBase, opts: { write: boolean; actorId: number | null; outcomes: number }): Promise<VersionedWrites> {
  const params = opts.write ? [opts.outcomes, opts.actorId] : [opts.outcomes];
  const { rows } = await client.query<VersionedRow>(versionStagedSql(STAGED, opts.write, true), params);
  return toVersionedWrites(rows[0]!);
}

/** Tries of the versioning statement when it is chosen as a deadlock victim or fails to serialize. */
const MAX_VERSIONING_TRIES = 4;

/**
 * versionStaged inside a savepoint, tried again (up to MAX_VERSIONING_TRIES, after a
 * short random pause) when PostgreSQL aborts it for a deadlock or a serialization
 * failure. Rolling back to the savepoint undoes only this statement and releases its
 * locks; the staged rows stay, and the next try reads the series' current versions
 * afresh. Any other error, and the last retryable one, is thrown.
 */
export async function versionStagedWithRetry(
  client: pg.ClientBase,
  opts: { write: boolean; actorId: number | null; outcomes: number },
): Promise<VersionedWrites> {
  for (let attempt = 1; ; attempt++) {
    await client.query("SAVEPOINT versioning");
    try {
      const out = await versionStaged(client, opts);
      await client.query("RELEASE SAVEPOINT versioning");
      return out;
    } catch (e) {
      if (!isRetryableConflict(e) || attempt >= MAX_VERSIONING_TRIES) throw e;
      await client.query("ROLLBACK TO SAVEPOINT versioning");
      logger.warn({ code: (e as { code?: string }).code, attempt }, "import versioning retried after a deadlock or serialization failure");
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 80 * attempt));
    }
  }
}
