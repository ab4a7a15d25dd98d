import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { appMailer } from "@/lib/mail/transport";
import { createBoss, registerJobs, scheduleJobs } from "./boss";
import type { JobContext } from "./context";

// Starts the scheduled jobs inside this app instance (from instrumentation.ts). Never
// during `next build`, never with JOBS=off, never in tests (they start their own
// pg-boss). Start-up writes no application data: pg-boss creates and migrates its own
// schema ("pgboss") and stores its schedules there, nothing else. A database that is
// down at start does not stop the app: the start is retried in the background.

const g = globalThis as unknown as { __jobsStarted?: boolean; __jobsBoss?: PgBoss };

const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 60_000;

function appContext(): JobContext {
  const e = env();
  return { mailer: appMailer(), now: () => new Date(), reminderDays: e.REMINDER_DAYS, origin: e.APP_ORIGIN };
}

/** Says once whether mail is on, then starts pg-boss in the background (returns at once). */
export function startJobs(): void {
  if (g.__jobsStarted) return; // dev reloads call register again
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.VITEST) return;
  g.__jobsStarted = true;
  const e = env();
  if (e.SMTP_URL) logger.info({ event: "mail_on", from: e.MAIL_FROM }, "mail on");
  else logger.info({ event: "mail_off" }, "mail off: SMTP_URL is not set, reminders and digests are not sent");
  if (!e.JOBS) {
    logger.info({ event: "jobs_off" }, "scheduled jobs off (JOBS=off)");
    return;
  }
  if (!e.DATABASE_URL) return;
  void startWithRetry(e.DATABASE_URL, RETRY_FIRST_MS);
}

async function startWithRetry(connectionString: string, delayMs: number): Promise<void> {
  const boss = createBoss(connectionString);
  try {
    await boss.start();
    await registerJobs(boss, appContext);
    await scheduleJobs(boss);
    g.__jobsBoss = boss;
    // no signal handlers of its own: a job cut short by a shutdown expires and is retried by another worker
    logger.info({ event: "jobs_started" }, "scheduled jobs started");
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => {});
    logger.warn({ err, event: "jobs_start_failed", retryInMs: delayMs }, "scheduled jobs could not start; retrying");
    setTimeout(() => void startWithRetry(connectionString, Math.min(delayMs * 2, RETRY_MAX_MS)), delayMs).unref();
  }
}
