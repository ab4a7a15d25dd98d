// The live early-warning list comes from its own evaluation cache, kept up to date
// incrementally: after a write only the touched targets are judged again, and the list
// always equals the rules applied to a cold full evaluation.
import { beforeAll, describe, expect, it } from "vitest";
import { getProgress, type ProgressEntry } from "@/lib/data/progress";
import { createEvaluationCache } from "@/lib/data/progress-cache";
import { listWarnings } from "@/lib/data/warnings";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { evaluateWarnings, type Warning } from "@/lib/warnings/rules";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { recordFigure } from "../support/record-figure";
import { seededRandom } from "../support/seeded-random";
import { createUser } from "../support/factories";

const PLAN = "chengyu-2016";
let actor: Actor;
let targets: { id: number; indicatorId: number; regionAdcode: string; value: string; year: number }[] = [];

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  const a = (await createUser("analyst")).user;
  actor = { kind: "user", userId: a.id, role: "analyst", name: a.name, email: a.email, via: "session" };
  const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: PLAN } });
  // the plan's targets are all due (2020): outlook copies judged by schedule, some of them
  // ceilings, so that off-track, at-risk and cap-crossing warnings come and go too
  const seeded = await prisma.target.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" }, take: 16 });
  for (const [k, { id: _id, createdAt: _c, updatedAt: _u, ...copy }] of seeded.entries())
    await prisma.target.create({ data: { ...copy, year: 2030, version: 1, ...(k % 3 === 0 ? { type: "max" as const } : {}) } });
  targets = (
    await prisma.target.findMany({
      where: { planId: plan.id },
      select: { id: true, indicatorId: true, regionAdcode: true, value: true, year: true },
      orderBy: { id: "asc" },
    })
  ).map((t) => ({ ...t, value: t.value.toString() }));
});

type WarningsCache = NonNullable<Parameters<typeof listWarnings>[1]>;
const warningsCache = (): WarningsCache => createEvaluationCache(200_000);

const write = recordFigure;

/** The rules applied to a cold full evaluation: what the live list must equal. */
async function coldWarnings(): Promise<Warning[]> {
  const cold = (await getProgress(actor, { planSlug: PLAN }, createEvaluationCache(10_000)))!;
  const asRuleTarget = (e: ProgressEntry) => ({
    ...e,
    unitLabel: { zh: e.unit, en: e.unit },
    limit: e.detail.lenses.limit,
    leadUnit: null,
  });
  return evaluateWarnings(cold.entries.map(asRuleTarget), { evaluationYear: cold.evaluationYear });
}

/** What must agree (the unit label and lead unit are looked up beside the evaluation). */
const essence = (ws: Warning[]) =>
  ws.map((w) => ({ targetId: w.targetId, kind: w.kind, status: w.status, completion: w.completion, trend: w.trend, targetValue: w.targetValue }));

describe("live early warnings", () => {
  it("keeps only the warned targets in its cache, and brings them up to date after a write", async () => {
    const cache = warningsCache();
    const before = await listWarnings({ planSlug: PLAN }, cache);
    const warned = new Set(before.warnings.map((w) => w.targetId));
    expect(warned.size).toBeGreaterThan(0);
    expect(warned.size).toBeLessThan(targets.length);
    // one entry: a tenth for the bookkeeping of every target, one for each warned target
    expect(cache.size).toBe(1);
    expect(cache.cost).toBe(Math.ceil(targets.length / 10) + warned.size);
    // a warned target brought on track, and one brought off it, by figures of this year
    const fixed = targets.find((t) => before.warnings.some((w) => w.targetId === t.id && w.kind === "off_track"));
    if (fixed) await write(fixed.indicatorId, fixed.regionAdcode, 2025, fixed.value);
    const after = await listWarnings({ planSlug: PLAN }, cache);
    expect(cache.size).toBe(1);
    expect(essence(after.warnings)).toEqual(essence(await coldWarnings()));
  });

  it("equals the rules on a cold evaluation after each of 40 random writes", async () => {
    const random = seededRandom(41);
    const cache = warningsCache();
    await listWarnings({ planSlug: PLAN }, cache);
    const kinds: number[] = [];
    for (let i = 0; i < 40; i++) {
      // mostly the outlook targets, whose warnings depend on the latest figures
      const pool = random() < 0.7 ? targets.filter((x) => x.year === 2030) : targets;
      const t = pool[Math.floor(random() * pool.length)]!;
      const year = 2017 + Math.floor(random() * 9);
      const value = (Number(t.value) * (0.3 + random() * 1.4)).toFixed(2);
      await write(t.indicatorId, t.regionAdcode, year, value);
      const live = await listWarnings({ planSlug: PLAN }, cache);
      kinds.push(new Set(live.warnings.map((w) => w.kind)).size);
      expect(essence(live.warnings), `after write ${i + 1}: ${t.indicatorId}/${t.regionAdcode} ${year} = ${value}`).toEqual(essence(await coldWarnings()));
    }
    // more than the no-data kind was in play
    expect(Math.max(...kinds)).toBeGreaterThan(1);
  });

  it("a round never frozen warns about its own targets only, from the same live list", async () => {
    const all = await listWarnings({ planSlug: PLAN }, warningsCache());
    const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: PLAN } });
    const some = [...new Set(all.warnings.map((w) => w.targetId))].slice(0, 2);
    expect(some.length).toBeGreaterThan(0);
    const round = await prisma.round.create({
      data: { planId: plan.id, name: "warn live", year: 2026, dueDate: new Date("2026-12-31"), targets: { create: some.map((targetId) => ({ targetId })) } },
    });
    const ofRound = await listWarnings({ planSlug: PLAN, roundId: round.id }, warningsCache());
    expect(ofRound.source).toBe("live");
    expect(new Set(ofRound.warnings.map((w) => w.targetId))).toEqual(new Set(some));
    expect(essence(ofRound.warnings)).toEqual(essence(all.warnings.filter((w) => some.includes(w.targetId))));
  });
});
