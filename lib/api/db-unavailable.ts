import type pg from "pg";
import { isDatabaseUnavailable } from "@/lib/db-outage/classify";
import { OutageTracker, type OutageEvent } from "@/lib/db-outage/tracker";
import { outageStrings } from "@/lib/i18n/strings/outage";
import { msg } from "@/lib/i18n/message";
import { logger } from "@/lib/log";

// (No "server-only" import: lib/db.ts, which scripts load under plain tsx, imports this.)
// "The database is unavailable" in one place: recognising it (lib/db-outage/classify),
// answering it (503 + Retry-After), and logging it once per outage rather than once per
// request (a stack trace per failing request filled 2 MB of log in 11 s). The state
// lives on globalThis so the route handlers' and the pages' module graphs share it.

/** Seconds a client should wait before retrying; a restart of PostgreSQL takes ~1 s. */
export const RETRY_AFTER_SECONDS = 5;

const g = globalThis as unknown as { dbOutage?: OutageTracker };
const tracker = (g.dbOutage ??= new OutageTracker());

export { isDatabaseUnavailable };

/** True while the last thing the app saw of the database was a failure. */
export function isDatabaseDown(): boolean {
  return tracker.isDown;
}

/**
 * Call with any caught error: if it means the database is unreachable, the outage is
 * noted (logged if it is the first failure) and true is returned.
 */
export function noteDatabaseError(e: unknown): boolean {
  if (!isDatabaseUnavailable(e)) return false;
  logEvent(tracker.failed(Date.now()), e);
  return true;
}

/** The database answered: ends an outage (one log line with its duration). */
export function noteDatabaseUp(): void {
  if (tracker.isDown) logEvent(tracker.succeeded(Date.now()));
}

/**
 * Asks the database (one `SELECT 1`) and notes the answer; for the health route and
 * the outage notice. An unavailable database answers at once (connection refused, or
 * 57P03 while it starts), so this never waits long.
 */
export async function checkDatabase(pool: pg.Pool): Promise<boolean> {
  try {
    await pool.query("SELECT 1");
    noteDatabaseUp();
    return true;
  } catch (e) {
    if (noteDatabaseError(e)) return false;
    throw e;
  }
}

export function dbUnavailableResponse(): Response {
  return Response.json(
    { error: { code: "DB_UNAVAILABLE", message: msg(outageStrings.zh.api, outageStrings.en.api) } },
    { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } },
  );
}

/**
 * Hooks the pool's events into the tracker: a new connection ends an outage (every
 * connection of the pool dies with the server, so the first success after an outage
 * is always on a new one; a query that merely finished on an old connection as the
 * server went down must not end it); an idle connection dropped by the server starts
 * one (one line, instead of one per pooled connection).
 */
export function watchPool(pool: pg.Pool): void {
  pool.on("connect", noteDatabaseUp);
  pool.on("error", (e) => {
    if (!noteDatabaseError(e)) logger.warn({ err: e.message }, "db: idle connection error");
  });
}

/**
 * Next.js prints every error a page throws with its stack (`⨯ Error: connect
 * ECONNREFUSED … at …`), one per request: during an outage that is the wall of log this
 * module exists to prevent. Installed once from instrumentation.ts, this filter turns
 * such a print into the outage's one line (the tracker) and lets every other print
 * through unchanged.
 */
export function quietOutageErrors(target: Pick<Console, "error"> = console): void {
  const g2 = globalThis as unknown as { dbOutageQuiet?: boolean };
  if (g2.dbOutageQuiet) return;
  g2.dbOutageQuiet = true;
  const print = target.error.bind(target);
  target.error = (...args: unknown[]) => {
    const e = args.find((a) => a instanceof Error);
    if (e && noteDatabaseError(e)) return;
    print(...args);
  };
}

function logEvent(event: OutageEvent | null, cause?: unknown) {
  if (!event) return;
  if (event.kind === "down") {
    const reason = cause instanceof Error ? cause.message : String(cause);
    logger.error({ event: "db_down", reason }, "database unavailable: answering 503 until it is back");
  } else {
    logger.warn({ event: "db_up", downMs: event.downMs, failures: event.failures }, `database available again after ${(event.downMs / 1000).toFixed(1)} s`);
  }
}
