// Two instances of the built app (`next start`) on one database, as behind a load
// balancer (issue 17): a figure written through A is on B's very next answer — the API,
// the overview's status counts and its matrix — although B had the old evaluation
// cached; then 400 requests alternating A/B, reads of the API and the overview mixed
// with 20 writes, all succeed and every read reflects the last write. Instances learn of
// changes only from the database (the DataChange log), so this fails if either answers
// from its own memory. Needs the build (scripts/test-all.mjs builds before this layer).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain .mjs script without type declarations
import { freePort } from "@/scripts/lib/embedded-db.mjs";
import { startAppServer, type AppServer } from "./support/app-server";
import { startFaultDb } from "./support/fault-db";

const built = fs.existsSync(path.join(".next", "BUILD_ID"));
const SECRET = "two-instances-secret-two-instances-secret";
// Mianyang's 2020 urban population target (min 150 万人); the sample's 2020 figure is 141.97
const REGION = "510700";
const INDICATOR = "urban_population";
let db: Awaited<ReturnType<typeof startFaultDb>>;
let a: AppServer | undefined;
let b: AppServer | undefined;
let token = "";
let email = "";
let password = "";
let targetId = 0;

type Status = "achieved" | "not_achieved";
interface Expected {
  value: number;
  status: Status;
}

async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in through ${base} failed (${res.status})`);
  return session;
}

async function request(base: string, p: string, init: RequestInit = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(base + p, { redirect: "manual", signal: AbortSignal.timeout(60_000), ...init });
  return { status: res.status, text: await res.text() };
}

async function writeFigure(base: string, value: number) {
  return request(base, "/api/v1/observations", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ region: REGION, indicator: INDICATOR, year: 2020, value: String(value), unit: "万人", source: "two-instances test" }),
  });
}

/** The API's answer for the target: its status and final (2020) figure. */
async function readApi(base: string): Promise<{ status: number; seen?: Expected }> {
  const r = await request(base, "/api/v1/progress", { headers: { authorization: `Bearer ${token}` } });
  if (r.status !== 200) return { status: r.status };
  const entry = (JSON.parse(r.text) as { entries: { targetId: number; status: Status; final: { value: number } | null }[] }).entries.find(
    (e) => e.targetId === targetId,
  );
  return { status: r.status, seen: entry && { status: entry.status, value: entry.final?.value ?? NaN } };
}

/** The overview's status counts ("achieved" → 3, …), from the streamed page. */
async function readOverviewCounts(base: string, cookie: string): Promise<{ status: number; counts: Record<string, number> }> {
  const r = await request(base, "/progress", { headers: { cookie } });
  const start = r.text.indexOf('data-testid="status-counts"');
  const block = start < 0 ? "" : r.text.slice(start, r.text.indexOf("</div>", start));
  const counts: Record<string, number> = {};
  for (const m of block.matchAll(/data-status="(\w+)"[\s\S]*?class="status__count">(\d+)</g)) counts[m[1]!] = Number(m[2]);
  return { status: r.status, counts };
}

/** The overview's matrix (the part it loads after itself): the target's cell, status and figure. */
async function readMatrixCell(base: string, cookie: string): Promise<{ status: number; cellStatus?: string; cellText: string }> {
  const r = await request(base, "/progress/parts/matrix", { headers: { cookie } });
  const cell = new RegExp(`<td [^>]*data-status="(\\w+)" data-target="${targetId}"[^>]*>([\\s\\S]*?)</td>`).exec(r.text);
  return { status: r.status, cellStatus: cell?.[1], cellText: cell?.[2]?.replace(/<[^>]+>/g, "") ?? "" };
}

/** The overview's counts when the target has `status` (the other 13 targets never change here). */
function countsWith(status: Status): Record<string, number> {
  // by hand from the sample data: 14 targets, Mianyang's population the only one moved
  const base = { ...OTHER_COUNTS };
  base[status] = (base[status] ?? 0) + 1;
  return base;
}
let OTHER_COUNTS: Record<string, number> = {};

const sameCounts = (x: Record<string, number>, y: Record<string, number>) => {
  const norm = (c: Record<string, number>) =>
    JSON.stringify(
      Object.entries(c)
        .filter(([, n]) => n > 0)
        .sort(),
    );
  return norm(x) === norm(y);
};

describe.skipIf(!built)("two app instances on one database", () => {
  beforeAll(async () => {
    db = await startFaultDb();
    process.env.DATABASE_URL = db.url;
    const { seedAll } = await import("@/prisma/seed");
    const { createUser, TEST_PASSWORD } = await import("../support/factories");
    const { prisma } = await import("@/lib/db");
    await seedAll({ admin: false });
    const analyst = await createUser("analyst");
    token = analyst.token;
    email = analyst.user.email;
    password = TEST_PASSWORD;
    targetId = (
      await prisma.target.findFirstOrThrow({ where: { plan: { slug: "chengyu-2016" }, regionAdcode: REGION, indicator: { code: INDICATOR }, year: 2020 } })
    ).id;
    await prisma.$disconnect();
    const ports = process.env.INSTANCE_PORTS?.split(",").map(Number) ?? [await freePort(), await freePort()];
    // the same secret in both, nothing else shared but the database
    const env = { DATABASE_URL: db.url, NEXTAUTH_SECRET: SECRET, LOG_LEVEL: "warn" };
    [a, b] = await Promise.all([startAppServer(ports[0]!, env), startAppServer(ports[1]!, env)]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.cleanup();
  }, 60_000);

  it("shows a figure written through A on B's very next request, though B had cached the old evaluation", async () => {
    const cookie = await signIn(a!.base); // a session signed by A is good on B: nothing kept in memory
    const before = await readApi(b!.base);
    expect(before).toEqual({ status: 200, seen: { status: "not_achieved", value: 141.97 } });
    const overview = await readOverviewCounts(b!.base, cookie);
    expect(overview.status).toBe(200);
    expect(overview.counts.not_achieved).toBeGreaterThan(0);
    OTHER_COUNTS = { ...overview.counts, not_achieved: overview.counts.not_achieved! - 1 };
    expect(Object.values(overview.counts).reduce((s, n) => s + n, 0)).toBe(14);
    expect(await readMatrixCell(b!.base, cookie)).toMatchObject({ status: 200, cellStatus: "not_achieved" });
    // B's caches are warm with the old state; A is warm too
    expect((await readApi(a!.base)).seen).toEqual({ status: "not_achieved", value: 141.97 });

    expect((await writeFigure(a!.base, 155.5)).status).toBe(201);

    expect(await readApi(b!.base)).toEqual({ status: 200, seen: { status: "achieved", value: 155.5 } });
    const after = await readOverviewCounts(b!.base, cookie);
    expect(after.status).toBe(200);
    expect(sameCounts(after.counts, countsWith("achieved"))).toBe(true);
    const cell = await readMatrixCell(b!.base, cookie);
    expect(cell).toMatchObject({ status: 200, cellStatus: "achieved" });
    expect(cell.cellText).toContain("155.5");
  }, 180_000);

  it("shows a new figure of the whole plan area (read by no target) on B's next overview", async () => {
    const cookie = await signIn(b!.base);
    const latestCards = async () => {
      const r = await request(b!.base, "/progress", { headers: { cookie } });
      const start = r.text.indexOf('data-testid="progress-latest"');
      return { status: r.status, text: start < 0 ? "" : r.text.slice(start, r.text.indexOf("</section>", start)).replace(/<[^>]+>/g, " ") };
    };
    // the sample's newest population of the cluster: 9600 万人 (2019)
    expect((await latestCards()).text).toContain("9,600");
    const written = await request(a!.base, "/api/v1/observations", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ region: "成渝城市群", indicator: "resident_population", year: 2020, value: "9876.5", unit: "万人", source: "two-instances test" }),
    });
    expect(written.status).toBe(201);
    const after = await latestCards();
    expect(after.status).toBe(200);
    expect(after.text).toContain("9,876.5");
  }, 180_000);

  it("serves 400 requests alternating A/B, with 20 writes among them, without an error and never a stale read", async () => {
    const cookie = await signIn(b!.base);
    let expected: Expected = { status: "achieved", value: 155.5 };
    const statuses = new Map<number, number>();
    const stale: string[] = [];
    let writes = 0;
    const t0 = Date.now();
    for (let i = 0; i < 400; i++) {
      const server = i % 2 === 0 ? a! : b!;
      const name = i % 2 === 0 ? "A" : "B";
      let status: number;
      // one write in every 20 requests, through A and through B in turn
      if (i % 20 === 6 + (Math.floor(i / 20) % 2)) {
        // alternately below and above the 150 万人 target, never the same figure twice
        const value = writes % 2 === 0 ? 140 + writes / 10 : 160 + writes / 10;
        status = (await writeFigure(server.base, value)).status;
        if (status === 201) expected = { value, status: writes % 2 === 0 ? "not_achieved" : "achieved" };
        writes += 1;
      } else if (i % 3 === 0) {
        const r = await readApi(server.base);
        status = r.status;
        if (status === 200 && (r.seen?.status !== expected.status || r.seen.value !== expected.value))
          stale.push(`#${i} API on ${name}: ${JSON.stringify(r.seen)} after ${JSON.stringify(expected)}`);
      } else if (i % 3 === 1) {
        const r = await readOverviewCounts(server.base, cookie);
        status = r.status;
        if (status === 200 && !sameCounts(r.counts, countsWith(expected.status)))
          stale.push(`#${i} overview on ${name}: ${JSON.stringify(r.counts)} after ${JSON.stringify(expected)}`);
      } else {
        const r = await readMatrixCell(server.base, cookie);
        status = r.status;
        if (status === 200 && (r.cellStatus !== expected.status || !r.cellText.includes(String(expected.value))))
          stale.push(`#${i} matrix on ${name}: ${r.cellStatus} "${r.cellText}" after ${JSON.stringify(expected)}`);
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    console.log(
      `[instances] 400 requests over A and B in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(Object.fromEntries(statuses))}, ${writes} writes, ${stale.length} stale reads; RSS A ${a!.rssMb()} MB, B ${b!.rssMb()} MB`,
    );
    expect(writes).toBe(20);
    expect(stale).toEqual([]);
    expect([...statuses.keys()].sort()).toEqual([200, 201]);
    expect(statuses.get(201)).toBe(20);
  }, 600_000);
});
