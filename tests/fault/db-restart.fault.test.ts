// Fault: PostgreSQL stops (fast shutdown: every session is terminated, 57P01) under a
// read/write load on the API, and the supervisor of scripts/with-db.mjs starts it again.
// The app — route handlers and the one pg pool of lib/db.ts, in this process, never
// restarted — must answer 503 (never 500) while it is down, lose no acknowledged write,
// log the outage once (down, up) instead of per request, and serve again within 2 s of
// the database being back: the pool drops its dead connections and opens new ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/api";
// @ts-expect-error -- plain .mjs script without type declarations
import { superviseDatabase } from "@/scripts/lib/supervise.mjs";
import { queryOnce, sleep, startFaultDb } from "./support/fault-db";

type Handler = (req: Request, ctx: { params: Promise<Record<string, never>> }) => Promise<Response>;
interface Outcome {
  kind: "write" | "read";
  start: number;
  end: number;
  status: number;
  id?: number;
  retryAfter?: string | null;
}

const OUTAGE_MS = 2_000; // the supervisor's first back-off: how long the database stays down
let db: Awaited<ReturnType<typeof startFaultDb>>;
let token = "";
let regions: string[] = [];
let postObs: Handler;
let listObs: Handler;
const supervisorLog: { at: number; m: string }[] = [];
const outageLog: { event: string; args: unknown[] }[] = [];
let consoleErrors = 0;

describe("PostgreSQL stopped and restarted under load", () => {
  beforeAll(async () => {
    db = await startFaultDb();
    superviseDatabase(db, { log: (m: string) => supervisorLog.push({ at: Date.now(), m }), onGiveUp: () => {}, baseMs: OUTAGE_MS, retries: 5 });
    process.env.DATABASE_URL = db.url; // before the first import of lib/db
    const { seedAll } = await import("@/prisma/seed");
    const { prisma } = await import("@/lib/db");
    const { createUser } = await import("../support/factories");
    ({ POST: postObs, GET: listObs } = (await import("@/app/api/v1/observations/route")) as unknown as { POST: Handler; GET: Handler });
    await seedAll({ admin: false, sample: false });
    await prisma.indicator.create({ data: { code: "fault_load", nameZh: "负载", nameEn: "load", unit: "万人", definitionZh: "", definitionEn: "" } });
    regions = (await prisma.region.findMany({ select: { adcode: true }, orderBy: { sortOrder: "asc" } })).map((r) => r.adcode);
    token = (await createUser("analyst")).token;
    // count the outage's log lines and any stack trace printed per request
    const { logger } = await import("@/lib/log");
    for (const level of ["error", "warn"] as const) {
      const original = logger[level].bind(logger);
      logger[level] = ((...args: unknown[]) => {
        const event = (args[0] as { event?: string } | undefined)?.event;
        if (event) outageLog.push({ event, args });
        return (original as (...a: unknown[]) => void)(...args);
      }) as typeof logger.error;
    }
    const originalConsoleError = console.error;
    console.error = (...args: unknown[]) => {
      consoleErrors++;
      originalConsoleError(...args);
    };
  });

  afterAll(async () => {
    const { prisma } = await import("@/lib/db");
    await prisma.$disconnect().catch(() => {});
    await db?.cleanup();
  });

  it("answers 503 while it is down, loses no acknowledged write, and recovers within 2 s", async () => {
    const outcomes: Outcome[] = [];
    let cell = 0;
    let running = true;
    const timed = async (kind: Outcome["kind"], fn: () => Promise<Response>) => {
      const start = Date.now();
      const res = await fn();
      const body = res.status < 300 ? await res.json() : await res.text();
      outcomes.push({
        kind,
        start,
        end: Date.now(),
        status: res.status,
        id: kind === "write" && res.status === 201 ? body.observation.id : undefined,
        retryAfter: res.headers.get("retry-after"),
      });
    };
    const writer = async () => {
      while (running) {
        const i = cell++; // every write a new cell: region fastest, then year
        const entry = {
          region: regions[i % regions.length],
          indicator: "fault_load",
          year: 1950 + Math.floor(i / regions.length),
          value: 100,
          unit: "万人",
          source: "fault test",
        };
        await timed("write", () => call(postObs, "/api/v1/observations", { token, body: entry }));
        await sleep(5);
      }
    };
    const reader = async () => {
      while (running) {
        await timed("read", () => call(listObs, `/api/v1/observations?indicator=fault_load&region=${regions[0]}`, { token }));
        await sleep(5);
      }
    };
    const load = Promise.all([writer(), writer(), writer(), reader(), reader()]);

    await sleep(1_500);
    const down = Date.now();
    process.kill(db.pid()!, "SIGINT"); // fast shutdown, as `pg_ctl stop -m fast`
    let back = 0;
    while (!back) {
      await sleep(20);
      back = supervisorLog.find((l) => l.m.includes("restarted"))?.at ?? 0;
      if (Date.now() - down > 60_000) break;
    }
    expect(back, "the supervisor restarted PostgreSQL").toBeGreaterThan(0);
    await sleep(4_000);
    running = false;
    await load;

    const during = outcomes.filter((o) => o.end > down && o.start < back);
    const after = outcomes.filter((o) => o.start >= back);
    const count = (list: Outcome[], status: number) => list.filter((o) => o.status === status).length;
    const firstOk = after.find((o) => o.status < 300);
    const recoveryMs = firstOk ? firstOk.end - back : Infinity;
    const lateFailures = outcomes.filter((o) => o.start >= back + 2_000 && o.status >= 300);
    const acked = outcomes.filter((o) => o.id !== undefined);
    const ids = acked.map((o) => o.id!);
    const stored = await queryOnce<{ n: string }>(db.url, `SELECT count(*) AS n FROM "Observation" WHERE id = ANY($1::int[]) AND value = 100`, [ids]);
    const lost = ids.length - Number(stored[0]!.n);
    const statuses = [...new Set(outcomes.map((o) => o.status))].sort();
    console.log(
      `[fault] outage ${((back - down) / 1000).toFixed(1)} s: ${outcomes.length} requests (${statuses.join("/")}); during it ${count(during, 503)} × 503, ${count(during, 500)} × 500, ${during.filter((o) => o.status < 300).length} ok; ` +
        `writes acknowledged ${acked.length}, lost ${lost}; first success ${recoveryMs} ms after the database was back; ` +
        `failures > 2 s after: ${lateFailures.length}; log lines: ${outageLog.map((l) => l.event).join(", ")}; console.error calls ${consoleErrors}`,
    );
    console.log(`[fault] supervisor: ${supervisorLog.map((l) => l.m).join(" | ")}`);

    expect(count(during, 503)).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.status >= 500 && o.status !== 503)).toEqual([]);
    expect(outcomes.filter((o) => o.status === 503).every((o) => o.retryAfter === "5")).toBe(true);
    expect(acked.length).toBeGreaterThan(0);
    expect(lost).toBe(0);
    expect(recoveryMs).toBeLessThanOrEqual(2_000);
    expect(lateFailures).toEqual([]);
    expect(outageLog.map((l) => l.event)).toEqual(["db_down", "db_up"]);
    expect(consoleErrors).toBe(0);
  });
});
