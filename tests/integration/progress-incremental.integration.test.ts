// Incremental evaluation: after a write only the targets whose inputs it touched are
// evaluated again, the rest of the cached evaluation stays as it was, and the result
// always equals a cold evaluation — as of now and as of a moment in the past. Two caches
// stand for two app instances on one database: each learns what changed from the
// database's change log, not from its own memory.
import { beforeAll, describe, expect, it } from "vitest";
import { retractObservation } from "@/lib/data/observation-retract";
import { getProgress, type ProgressAnswer } from "@/lib/data/progress";
import { createEvaluationCache } from "@/lib/data/progress-cache";
import { getProgressSummary, type ProgressSummary } from "@/lib/data/progress-summary";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { recordFigure } from "../support/record-figure";
import { seededRandom } from "../support/seeded-random";
import { createUser } from "../support/factories";

const PLAN = "chengyu-2016";
let actor: Actor;
let admin: Actor;
let targets: { id: number; indicatorId: number; regionAdcode: string }[] = [];

type SummaryCache = ReturnType<typeof createEvaluationCache<Omit<ProgressSummary, "asOf"> | null>>;
type FullCache = ReturnType<typeof createEvaluationCache<Omit<ProgressAnswer, "asOf"> | null>>;
const summaryCache = (): SummaryCache => createEvaluationCache(200_000);
const fullCache = (): FullCache => createEvaluationCache(10_000);

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  const a = (await createUser("analyst")).user;
  actor = { kind: "user", userId: a.id, role: "analyst", name: a.name, email: a.email, via: "session" };
  const b = (await createUser("admin")).user;
  admin = { kind: "user", userId: b.id, role: "admin", name: b.name, email: b.email, via: "session" };
  const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: PLAN } });
  targets = await prisma.target.findMany({ where: { planId: plan.id }, select: { id: true, indicatorId: true, regionAdcode: true }, orderBy: { id: "asc" } });
});

const write = recordFigure;

/** What must agree: every target's status, completion and the figures it rests on. */
const essence = (s: ProgressSummary | null) =>
  s!.entries.map((e) => ({
    targetId: e.targetId,
    status: e.status,
    completion: e.completion,
    latest: e.latest,
    final: e.final,
    targetValue: e.targetValue,
    // an indicator's or a region's rename touches every target of it
    indicatorNameEn: e.indicatorNameEn,
    regionNameEn: e.region.nameEn,
  }));

describe("incremental evaluation", () => {
  it("re-evaluates only the touched targets; the other entries stay the same objects", async () => {
    const cache = summaryCache();
    const before = (await getProgressSummary(actor, { planSlug: PLAN }, cache))!;
    const t = targets[0]!;
    await write(t.indicatorId, t.regionAdcode, 2019, "12345");
    const after = (await getProgressSummary(actor, { planSlug: PLAN }, cache))!;
    expect(after.entries).not.toBe(before.entries);
    const touched = targets.filter((x) => x.indicatorId === t.indicatorId && x.regionAdcode === t.regionAdcode).map((x) => x.id);
    expect(touched.length).toBeGreaterThan(0);
    after.entries.forEach((e, k) => {
      if (touched.includes(e.targetId)) expect(e).not.toBe(before.entries[k]);
      else expect(e).toBe(before.entries[k]);
    });
    expect(after.entries.find((e) => e.targetId === t.id)!.latest).toEqual({ year: 2019, value: 12345 });
    // a write to a series no target reads leaves the answer itself untouched
    await write(t.indicatorId, "500230", 2019, "1");
    expect((await getProgressSummary(actor, { planSlug: PLAN }, cache))!.entries).toBe(after.entries);
  });

  it("a page of the paginated answer re-evaluates only its touched targets as well", async () => {
    const cache = fullCache();
    const opts = { planSlug: PLAN, after: targets[2]!.id, limit: 4 };
    const before = (await getProgress(actor, opts, cache))!;
    expect(before.entries).toHaveLength(4);
    const hit = before.entries[1]!;
    const t = targets.find((x) => x.id === hit.targetId)!;
    await write(t.indicatorId, t.regionAdcode, 2019, "4242");
    const after = (await getProgress(actor, opts, cache))!;
    expect(after.entries.map((e) => e.targetId)).toEqual(before.entries.map((e) => e.targetId));
    expect(after.entries[1]).not.toBe(hit);
    // the others, whose series the write did not touch, are the very same objects
    const samePair = (id: number) => {
      const x = targets.find((y) => y.id === id)!;
      return x.indicatorId === t.indicatorId && x.regionAdcode === t.regionAdcode;
    };
    const untouched = [0, 2, 3].filter((k) => !samePair(after.entries[k]!.targetId));
    expect(untouched.length).toBeGreaterThan(0);
    for (const k of untouched) expect(after.entries[k]).toBe(before.entries[k]);
  });

  it("two instances on one database agree: a write through one is seen by the other at once", async () => {
    const a = summaryCache();
    const b = summaryCache();
    const fa = fullCache();
    const fb = fullCache();
    const t = targets[1]!;
    const opts = { planSlug: PLAN, indicator: undefined, region: t.regionAdcode };
    await getProgressSummary(actor, { planSlug: PLAN }, a);
    await getProgressSummary(actor, { planSlug: PLAN }, b);
    await getProgress(actor, opts, fa);
    await getProgress(actor, opts, fb);
    // "instance A" records a figure (its cache is warm), "instance B" reads next
    await write(t.indicatorId, t.regionAdcode, 2020, "999999");
    const viaB = (await getProgressSummary(actor, { planSlug: PLAN }, b))!.entries.find((e) => e.targetId === t.id)!;
    expect(viaB.latest).toEqual({ year: 2020, value: 999999 });
    const viaA = (await getProgressSummary(actor, { planSlug: PLAN }, a))!.entries.find((e) => e.targetId === t.id)!;
    expect(viaA).toEqual(viaB);
    const fullB = (await getProgress(actor, opts, fb))!.entries.find((e) => e.targetId === t.id)!;
    const fullA = (await getProgress(actor, opts, fa))!.entries.find((e) => e.targetId === t.id)!;
    expect(fullB.status).toBe(viaB.status);
    expect(fullA).toEqual(fullB);
    // a target edit through B, seen by A
    await prisma.target.update({ where: { id: t.id }, data: { value: "1" } });
    expect((await getProgressSummary(actor, { planSlug: PLAN }, a))!.entries.find((e) => e.targetId === t.id)!.targetValue).toBe(1);
    expect((await getProgress(actor, opts, fa))!.entries.find((e) => e.targetId === t.id)!.targetValue).toBe(1);
  });

  it("equals a cold evaluation after each of 200 random writes (now and as of a past moment)", async () => {
    const random = seededRandom(17);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const warmNow = summaryCache();
    const warmPast = summaryCache();
    const warmFull = fullCache();
    // two pages of the paginated answer, each kept up to date write by write (mergePage):
    // a full page in the middle, and the last page, not full, which new targets join
    const pages = [
      { after: targets[2]!.id, limit: 4, cache: fullCache() },
      { after: targets[targets.length - 3]!.id, limit: 5, cache: fullCache() },
    ];
    const pageOf = async (pg: (typeof pages)[number], cache: FullCache, now: Date) =>
      (await getProgress(actor, { planSlug: PLAN, asOf: now, after: pg.after, limit: pg.limit }, cache))!.entries.map((e) => [
        e.targetId,
        e.status,
        e.completion,
        e.explanation.en,
      ]);
    let added = 0;
    let renames = 0;
    const past = new Date();
    await new Promise((r) => setTimeout(r, 5));
    for (let step = 0; step < 200; step++) {
      const t = pick(targets);
      const kind = random();
      if (kind < 0.6) {
        const year = 2014 + Math.floor(random() * 12);
        // a third of the figures dated before `past` (an older yearbook recorded now): they change the past's answer too
        const published = random() < 0.33 ? new Date(past.getTime() - 86_400_000 * (1 + Math.floor(random() * 2000))) : null;
        await write(t.indicatorId, t.regionAdcode, year, (random() * 1000).toFixed(2), published);
      } else if (kind < 0.75) {
        const keys = await prisma.observationCurrent.findMany({
          where: { indicatorId: t.indicatorId, regionAdcode: t.regionAdcode },
          select: { observationId: true },
        });
        const current = await prisma.observation.findFirst({ where: { id: { in: keys.map((k) => k.observationId) }, kind: "value" } });
        if (current) await retractObservation(admin, current.id, { reason: `random ${step}` });
      } else if (kind < 0.9) {
        await prisma.target.update({ where: { id: t.id }, data: { value: (random() * 500).toFixed(2) } });
      } else if (kind < 0.91) {
        await prisma.plan.update({ where: { slug: PLAN }, data: { onTrackLagPp: (random() * 10).toFixed(1) } });
      } else if (kind < 0.93) {
        await prisma.indicator.update({ where: { id: t.indicatorId }, data: { nameEn: `indicator renamed at step ${step}` } });
        renames += 1;
      } else if (kind < 0.95) {
        await prisma.region.update({ where: { adcode: t.regionAdcode }, data: { nameEn: `region renamed at step ${step}` } });
        renames += 1;
      } else if (kind < 0.97) {
        // a new target (the newest id: it joins the last page)
        const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = await prisma.target.findUniqueOrThrow({ where: { id: t.id } });
        await prisma.target.create({ data: { ...copy, year: 2040 + step, version: 1 } });
        added += 1;
      } else {
        await write(t.indicatorId, "500230", 2018, "7"); // a series no target reads
      }
      const now = new Date();
      expect(essence(await getProgressSummary(actor, { planSlug: PLAN, asOf: now }, warmNow)), `step ${step}`).toEqual(
        essence(await getProgressSummary(actor, { planSlug: PLAN, asOf: now }, summaryCache())),
      );
      expect(essence(await getProgressSummary(actor, { planSlug: PLAN, asOf: past }, warmPast)), `step ${step} (past)`).toEqual(
        essence(await getProgressSummary(actor, { planSlug: PLAN, asOf: past }, summaryCache())),
      );
      for (const pg of pages) expect(await pageOf(pg, pg.cache, now), `step ${step} (page after ${pg.after})`).toEqual(await pageOf(pg, fullCache(), now));
      if (step % 10 === 0) {
        const warm = (await getProgress(actor, { planSlug: PLAN, asOf: now }, warmFull))!.entries.map((e) => [
          e.targetId,
          e.status,
          e.completion,
          e.explanation.en,
        ]);
        const cold = (await getProgress(actor, { planSlug: PLAN, asOf: now }, fullCache()))!.entries.map((e) => [
          e.targetId,
          e.status,
          e.completion,
          e.explanation.en,
        ]);
        expect(warm, `step ${step} (full)`).toEqual(cold);
      }
    }
    expect(added).toBeGreaterThan(0); // the sequence did add targets
    expect(renames).toBeGreaterThan(1); // and renamed indicators and regions (every target of one touched)
  }, 300_000); // 200 writes, each checked against cold evaluations: minutes on a busy machine
  // last: its figure, dated an hour ahead, stays the newest of the table
  it("a request naming no moment reads the data as they stand and stays incremental when a write is dated after its arrival", async () => {
    const cache = summaryCache();
    const before = (await getProgressSummary(actor, { planSlug: PLAN }, cache))!;
    const hit = before.entries.find((e) => e.latest !== null)!;
    const t = targets.find((x) => x.id === hit.targetId)!;
    // a version recorded "later" than the request's own clock: a write that commits between
    // a request's arrival and its read looks exactly like this to that request
    await prisma.$executeRaw`
      INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags, "supersedesId", "createdAt", "publishedAt")
      SELECT o."indicatorId", o."regionAdcode", o.year, o.version + 1, 'value', 9191, 'ahead', '{}', o.id, now() + interval '1 hour', now()
      FROM "ObservationCurrent" k JOIN "Observation" o ON o.id = k."observationId"
      WHERE k."indicatorId" = ${t.indicatorId} AND k."regionAdcode" = ${t.regionAdcode} AND k.year = ${hit.latest!.year}`;
    const after = (await getProgressSummary(actor, { planSlug: PLAN }, cache))!;
    // incremental: the entries the write did not touch are the very same objects
    const untouched = before.entries.filter((e) => e.region.adcode !== hit.region.adcode);
    expect(untouched.length).toBeGreaterThan(0);
    for (const e of untouched) expect(after.entries.find((x) => x.targetId === e.targetId)).toBe(e);
    // and the figure is in the answer, as it is in a cold one
    expect(essence(after)).toEqual(essence(await getProgressSummary(actor, { planSlug: PLAN }, summaryCache())));
    expect(after.entries.find((e) => e.targetId === t.id)!.latest).toEqual({ year: hit.latest!.year, value: 9191 });
  });
});
