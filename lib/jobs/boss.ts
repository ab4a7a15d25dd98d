import "server-only";
import PgBoss from "pg-boss";
import { pruneDataChanges } from "@/lib/data/data-change-prune";
import { logger } from "@/lib/log";
import type { JobContext } from "./context";
import { runDigest } from "./digest-job";
import { runReminders } from "./reminders-job";

// pg-boss keeps its queues, jobs and schedules in PostgreSQL, in its own schema: every
// app instance runs a worker, and each job (and each scheduled run: pg-boss sends a cron
// slot once, whatever the number of instances) is handed to one worker only.

const BOSS_SCHEMA = "pgboss";

export const QUEUES = {
  reminders: "mail-reminders",
  digest: "mail-digest",
  prune: "datachange-prune",
} as const;

/** China time: the digest goes out on Monday morning where its readers are. */
const TZ = "Asia/Shanghai";
const SCHEDULES: { queue: string; cron: string }[] = [
  { queue: QUEUES.reminders, cron: "5 * * * *" }, // hourly check
  { queue: QUEUES.digest, cron: "0 8 * * 1" }, // Monday 08:00
  { queue: QUEUES.prune, cron: "30 3 * * *" }, // daily 03:30
];

/** A pg-boss on the app's database with its own schema and a small pool of its own (2 connections). */
export function createBoss(connectionString: string, opts: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  const boss = new PgBoss({ connectionString, schema: BOSS_SCHEMA, max: 2, application_name: "plan-monitor-jobs", ...opts });
  // an unhandled 'error' event would end the process: pg-boss reports a lost connection
  // here and keeps polling, so a log line is all it needs
  boss.on("error", (err) => logger.warn({ err, event: "jobs_error" }, "job runner error"));
  return boss;
}

/** Creates the queues (idempotent) and works them in this process. */
export async function registerJobs(boss: PgBoss, ctx: () => JobContext, opts: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  const mailQueue = { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 15 * 60 };
  await boss.createQueue(QUEUES.reminders, { name: QUEUES.reminders, ...mailQueue });
  await boss.createQueue(QUEUES.digest, { name: QUEUES.digest, ...mailQueue });
  await boss.createQueue(QUEUES.prune, { name: QUEUES.prune, retryLimit: 2, retryDelay: 600, expireInSeconds: 15 * 60 });
  const work = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 10 };
  await boss.work(QUEUES.reminders, work, async () => runReminders(ctx()));
  await boss.work(QUEUES.digest, work, async () => runDigest(ctx()));
  await boss.work(QUEUES.prune, work, async () => {
    const deleted = await pruneDataChanges();
    logger.info({ event: "datachange_pruned", deleted }, "DataChange log pruned");
    return { deleted };
  });
}

/** The cron schedules (upserted: every instance may call it). */
export async function scheduleJobs(boss: PgBoss): Promise<void> {
  for (const s of SCHEDULES) await boss.schedule(s.queue, s.cron, {}, { tz: TZ });
}
