import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { appMailer } from "@/lib/mail/transport";
import { createBoss, registerJobs, scheduleJobs } from "./boss";
import type { JobContext } from "./context";

// Starts the scheduled jobs inside this app instance (from instrumentation.ts). Never
// during `next build`, never with JOBS=off, never in tests (they start their own
// runner). Start-up writes no application data: pg-boss creates and migrates its own
// schema ("pgboss") and stores its queues and schedules there, nothing else. A database
// that is down at start does not stop the app: the start is retried in the background.

const g = globalThis as unknown as { __jobsStarted?: boolean };

const RETRY_MAX_MS = 60_000;

export interface JobRunner {
  /** resolves once pg-boss runs, the queues are worked and the schedules are in place */
  ready: Promise<PgBoss>;
  /** stops retrying, and stops pg-boss if it runs */
  stop(): Promise<void>;
}

/**
 * Starts pg-boss with the jobs and their schedules; while the database cannot be reached,
 * logs each failed attempt and tries again (back-off doubling from `firstDelayMs` to 60 s).
 */
export function startJobRunner(
  connectionString: string,
  ctx: () => JobContext,
  opts: { firstDelayMs?: number; boss?: Partial<PgBoss.ConstructorOptions>; pollingIntervalSeconds?: number } = {},
): JobRunner {
  let stopped = false;
  let current: PgBoss | undefined;
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<PgBoss>((resolve) => {
    const attempt = async (delayMs: number) => {
      if (stopped) return;
      const boss = createBoss(connectionString, opts.boss);
      current = boss;
      try {
        await boss.start();
        await registerJobs(boss, ctx, { pollingIntervalSeconds: opts.pollingIntervalSeconds });
        await scheduleJobs(boss);
        // no signal handlers of its own: a job cut short by a shutdown expires and pg-boss retries it
        logger.info({ event: "jobs_started" }, "scheduled jobs started");
        resolve(boss);
      } catch (err) {
        await boss.stop({ graceful: false }).catch(() => {});
        if (stopped) return;
        logger.warn({ err, event: "jobs_start_failed", retryInMs: delayMs }, "scheduled jobs could not start; retrying");
        timer = setTimeout(() => void attempt(Math.min(delayMs * 2, RETRY_MAX_MS)), delayMs);
        timer.unref();
      }
    };
    void attempt(opts.firstDelayMs ?? 1_000);
  });
  return {
    ready,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current?.stop({ graceful: false, wait: true }).catch(() => {});
    },
  };
}

function appContext(): JobContext {
  const e = env();
  return { mailer: appMailer(), now: () => new Date(), reminderDays: e.REMINDER_DAYS, origin: e.APP_ORIGIN };
}

/** Says once whether mail is on, then starts the jobs in the background (returns at once). */
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
  startJobRunner(e.DATABASE_URL, appContext);
}
