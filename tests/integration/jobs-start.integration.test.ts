// Starting the job runner: a database that is down is logged and retried, never thrown;
// against the real database it schedules the three jobs and writes no application data
// (pg-boss keeps everything in its own schema).
import { afterAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/context";
import { startJobRunner, type JobRunner } from "@/lib/jobs/start";
import { logger } from "@/lib/log";
import { resetDatabase, tableCounts } from "../support/db";

const ctx = (): JobContext => ({ mailer: null, now: () => new Date(), reminderDays: 7 });
const runners: JobRunner[] = [];
afterAll(async () => {
  for (const r of runners) await r.stop();
});

describe("startJobRunner", () => {
  it("with the database unreachable: logs each failed attempt and retries, without throwing", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    const runner = startJobRunner("postgresql://nobody:x@127.0.0.1:9/none", ctx, { firstDelayMs: 50 });
    runners.push(runner);
    await vi.waitFor(() => expect(warn.mock.calls.filter(([o]) => (o as { event?: string }).event === "jobs_start_failed").length).toBeGreaterThanOrEqual(3), {
      timeout: 20_000,
      interval: 50,
    });
    const delays = warn.mock.calls.map(([o]) => (o as { retryInMs: number }).retryInMs);
    expect(delays.slice(0, 3)).toEqual([50, 100, 200]);
    await runner.stop();
    warn.mockRestore();
  });

  it("against the database: schedules reminders, digest and pruning; no application table changes", async () => {
    await resetDatabase();
    await prisma.$executeRawUnsafe("DROP SCHEMA IF EXISTS pgboss CASCADE");
    const before = await tableCounts();
    const runner = startJobRunner(process.env.DATABASE_URL!, ctx, { boss: { supervise: false } });
    runners.push(runner);
    const boss = await runner.ready;
    const schedules = (await boss.getSchedules()).map((s) => ({ name: s.name, cron: s.cron })).sort((a, b) => a.name.localeCompare(b.name));
    expect(schedules).toEqual([
      { name: "datachange-prune", cron: "30 3 * * *" },
      { name: "mail-digest", cron: "0 8 * * 1" },
      { name: "mail-reminders", cron: "5 * * * *" },
    ]);
    expect(await tableCounts()).toEqual(before);
    // a second instance starting on the same database is just another worker
    const second = startJobRunner(process.env.DATABASE_URL!, ctx, { boss: { supervise: false } });
    runners.push(second);
    await second.ready;
    expect((await boss.getSchedules()).length).toBe(3);
  });
});
