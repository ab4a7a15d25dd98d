// Supervision for scripts/with-db.mjs: the wrapper owns two processes, the embedded
// PostgreSQL and the app (the wrapped command).
// - PostgreSQL dies (killed, crashed): restart it in place, with bounded retries and
//   back-off, so the app (whose pool reconnects by itself) answers 503 for a moment
//   instead of staying down. Past the retries, give up: the caller stops the app and
//   exits non-zero so a process manager restarts the pair.
// - The app dies: the caller stops the database and exits with the app's code
//   (128 + signal number when killed, as a shell reports it), so a process manager
//   (systemd Restart=on-failure, see README) restarts the whole instance.
import os from "node:os";

/** The exit code a shell would report for a child that ended with `code` or `signal`. */
export function exitCodeOf(code, signal) {
  if (code !== null && code !== undefined) return code;
  const n = signal ? os.constants.signals[signal] : undefined;
  return n ? 128 + n : 1;
}

/** Delay before restart attempt `attempt` (1-based): base, 2×base, 4×base…, capped. */
export function backoffMs(attempt, { baseMs = 250, maxMs = 5_000 } = {}) {
  return Math.min(maxMs, baseMs * 2 ** (attempt - 1));
}

/**
 * Restarts `db` (from scripts/lib/embedded-db.mjs) whenever it dies. An attempt count
 * resets once the server has stayed up for `stableMs`, so a server that dies once a day
 * is always restarted, while one that cannot start gives up after `retries` attempts.
 * @param {{onDeath: (cb: Function) => void, restart: () => Promise<void>, pid: () => number | undefined}} db
 * @param {{log: (m: string) => void, onGiveUp: (e: Error) => void, retries?: number, baseMs?: number, maxMs?: number, stableMs?: number}} opts
 */
export function superviseDatabase(db, { log, onGiveUp, retries = 8, baseMs = 250, maxMs = 5_000, stableMs = 60_000 }) {
  let attempts = 0;
  let lastStart = Date.now();
  let restarting = false;

  db.onDeath(async ({ code, signal, pid }) => {
    if (restarting) return;
    restarting = true;
    if (Date.now() - lastStart > stableMs) attempts = 0;
    const diedAt = Date.now();
    log(`embedded PostgreSQL (pid ${pid}) exited ${signal ? `on ${signal}` : `with code ${code}`}: restarting`);
    for (;;) {
      attempts++;
      if (attempts > retries) {
        restarting = false;
        onGiveUp(new Error(`embedded PostgreSQL did not restart after ${retries} attempts`));
        return;
      }
      const delay = backoffMs(attempts, { baseMs, maxMs });
      await new Promise((r) => setTimeout(r, delay));
      try {
        if ((await db.restart()) === false) {
          restarting = false; // the wrapper is shutting down: nothing to restart
          return;
        }
        lastStart = Date.now();
        log(`embedded PostgreSQL restarted (pid ${db.pid()}, attempt ${attempts}, down ${((Date.now() - diedAt) / 1000).toFixed(1)} s)`);
        restarting = false;
        return;
      } catch (e) {
        log(`embedded PostgreSQL restart attempt ${attempts}/${retries} failed${e?.message ? `: ${e.message}` : ""}`);
      }
    }
  });
}
