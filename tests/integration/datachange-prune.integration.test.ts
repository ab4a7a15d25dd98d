// Pruning the DataChange log never makes a cached evaluation wrong: a cache whose
// position was pruned evaluates once in full (lib/data/progress-cache.ts), one whose
// position survived keeps updating incrementally; either way it equals a cold evaluation.
import { beforeAll, describe, expect, it } from "vitest";
import { pruneDataChanges } from "@/lib/data/data-change-prune";
import { recordObservations } from "@/lib/data/observation-writes";
import { createEvaluationCache } from "@/lib/data/progress-cache";
import { getProgressSummary, type ProgressSummary } from "@/lib/data/progress-summary";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

const PLAN = "chengyu-2016";
let actor: Actor;
let target: { id: number; indicatorId: number; regionAdcode: string };
const cache = () => createEvaluationCache<Omit<ProgressSummary, "asOf"> | null>(200_000);

async function write(year: number, value: string) {
  await prisma.$transaction((tx) =>
    recordObservations(
      tx,
      [
        {
          indicatorId: target.indicatorId,
          regionAdcode: target.regionAdcode,
          year,
          value,
          valueAsEntered: value,
          unitAsEntered: null,
          source: "prune",
          note: null,
          flags: [],
          publishedAt: null,
        },
      ],
      null,
    ),
  );
}
const count = async () => prisma.dataChange.count();
const latestOf = async (c: ReturnType<typeof cache>) =>
  (await getProgressSummary(actor, { planSlug: PLAN }, c))!.entries.find((e) => e.targetId === target.id)!.latest;
const essence = (s: ProgressSummary | null) => s!.entries.map((e) => ({ targetId: e.targetId, status: e.status, completion: e.completion, latest: e.latest }));

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false, sample: false });
  const a = (await createUser("analyst")).user;
  actor = { kind: "user", userId: a.id, role: "analyst", name: a.name, email: a.email, via: "session" };
  const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: PLAN } });
  target = await prisma.target.findFirstOrThrow({
    where: { planId: plan.id, year: 2020 },
    select: { id: true, indicatorId: true, regionAdcode: true },
    orderBy: { id: "asc" },
  });
});

describe("pruneDataChanges", () => {
  it("keeps the last 7 days and at least the newest rows: nothing of a fresh log goes", async () => {
    const n = await count();
    expect(n).toBeGreaterThan(1);
    expect(await pruneDataChanges()).toBe(0);
    // everything is recent: even keeping 1 row, the window keeps the rest
    expect(await pruneDataChanges({ keepDays: 7, keepRows: 1 })).toBe(0);
    expect(await count()).toBe(n);
  });

  it("old rows beyond the newest N go; a cache whose position was pruned still reads the right figures", async () => {
    const warm = cache();
    await getProgressSummary(actor, { planSlug: PLAN }, warm); // position: the seed's last change
    await write(2019, "12345");
    await write(2019, "23456");
    const n = await count();
    await prisma.$executeRaw`UPDATE "DataChange" SET "createdAt" = now() - interval '30 days'`;
    expect(await pruneDataChanges({ keepDays: 7, keepRows: 1 })).toBe(n - 1);
    expect(await count()).toBe(1);
    // the warm cache's position is gone: a full evaluation, not a stale answer
    expect(await latestOf(warm)).toEqual({ year: 2019, value: 23456 });
    expect(essence(await getProgressSummary(actor, { planSlug: PLAN }, warm))).toEqual(essence(await getProgressSummary(actor, { planSlug: PLAN }, cache())));
  });

  it("a cache whose position survived goes on incrementally", async () => {
    await write(2020, "700");
    const warm = cache();
    const before = (await getProgressSummary(actor, { planSlug: PLAN }, warm))!;
    const mark = (await prisma.dataChange.findFirstOrThrow({ orderBy: { id: "desc" } })).id;
    await write(2020, "777");
    // everything before the cache's position is a month old (a row's createdAt is part of the
    // position, so the rows from it on keep theirs); the 7-day window keeps those
    await prisma.$executeRaw`UPDATE "DataChange" SET "createdAt" = now() - interval '30 days' WHERE id < ${mark}`;
    const older = await prisma.dataChange.count({ where: { id: { lt: mark } } });
    expect(older).toBeGreaterThan(0);
    expect(await pruneDataChanges({ keepDays: 7, keepRows: 1 })).toBe(older);
    const after = (await getProgressSummary(actor, { planSlug: PLAN }, warm))!;
    expect(after.entries.find((e) => e.targetId === target.id)!.latest).toEqual({ year: 2020, value: 777 });
    // updated incrementally: an untouched target keeps its very entry object
    const other = before.entries.findIndex((e) => e.region.adcode !== target.regionAdcode);
    expect(after.entries.find((e) => e.targetId === before.entries[other]!.targetId)).toBe(before.entries[other]);
    expect(essence(after)).toEqual(essence(await getProgressSummary(actor, { planSlug: PLAN }, cache())));
  });

  it("never cuts a hole: an old row after a recent one stays", async () => {
    await write(2018, "1");
    await write(2018, "2");
    await write(2018, "3");
    const rows = await prisma.dataChange.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    // the oldest-by-id row is recent (a long transaction's start), the ones after it old
    await prisma.$executeRaw`UPDATE "DataChange" SET "createdAt" = now() - interval '30 days'`;
    await prisma.dataChange.update({ where: { id: rows[1]!.id }, data: { createdAt: new Date() } });
    expect(await pruneDataChanges({ keepDays: 7, keepRows: 1 })).toBe(1); // only rows[0], below the recent row
    expect((await prisma.dataChange.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((r) => r.id)).toEqual(rows.slice(1).map((r) => r.id));
  });
});
