import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/data/audit";
import { recordObservations } from "@/lib/data/observation-writes";
import { getProgress } from "@/lib/data/progress";
import { getProgressSummary } from "@/lib/data/progress-summary";
import type { Actor } from "@/lib/permissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

// The evaluation cache must never serve data that changed: every test changes the data
// in one way the app can (a new version, a target edit, a transaction in flight) and
// checks the next answer sees it, while unchanged data are answered from the cache.

let actor: Actor;
const PLAN = "chengyu-2016";
const luzhouPop = { planSlug: PLAN, region: "510500", indicator: "urban_population" };

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  const { user } = await createUser("viewer");
  actor = { kind: "user", userId: user.id, role: "viewer", name: user.name, email: user.email, via: "session" };
});

async function revise(adcode: string, year: number, value: string) {
  const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: "urban_population" } });
  await prisma.$transaction((tx) =>
    recordObservations(
      tx,
      [
        {
          indicatorId: indicator.id,
          regionAdcode: adcode,
          year,
          value,
          valueAsEntered: value,
          unitAsEntered: "万人",
          source: `cache test ${value}`,
          note: null,
          flags: [],
        },
      ],
      null,
    ),
  );
}

describe("progress cache", () => {
  it("answers unchanged data from the cache, with the request's own as-of", async () => {
    const a = await getProgress(actor, luzhouPop);
    const b = await getProgress(actor, luzhouPop);
    expect(b!.entries).toBe(a!.entries); // the same cached objects
    expect(b!.asOf >= a!.asOf).toBe(true);
    const s1 = await getProgressSummary(actor, { planSlug: PLAN });
    const s2 = await getProgressSummary(actor, { planSlug: PLAN });
    expect(s2!.entries).toBe(s1!.entries);
    expect(s1!.entries).toHaveLength(14);
  });

  it("sees a new observation version at once, and keeps the past as it was", async () => {
    const before = await getProgress(actor, luzhouPop);
    const moment = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await revise("510500", 2018, "170");
    const after = await getProgress(actor, luzhouPop);
    expect(after!.entries).not.toBe(before!.entries);
    expect(after!.entries[0]!.latest).toEqual({ year: 2018, value: 170 });
    const past = await getProgress(actor, { ...luzhouPop, asOf: moment });
    expect(past!.entries[0]!.latest).toEqual({ year: 2018, value: 161.97 });
    // and the summary too
    const summary = await getProgressSummary(actor, { planSlug: PLAN });
    expect(summary!.entries.find((e) => e.region.adcode === "510500" && e.indicator === "urban_population")!.latest).toEqual({ year: 2018, value: 170 });
  });

  it("sees an audited target edit at once", async () => {
    await getProgress(actor, luzhouPop);
    const target = await prisma.target.findFirstOrThrow({ where: { regionAdcode: "510500", indicator: { code: "urban_population" } } });
    await prisma.$transaction(async (tx) => {
      await tx.target.update({ where: { id: target.id }, data: { value: "160" } });
      await writeAudit(null, { action: "target.update", entityType: "target", entityId: String(target.id), before: { value: 200 }, after: { value: 160 } }, tx);
    });
    const e = (await getProgress(actor, luzhouPop))!.entries[0]!;
    expect(e.targetValue).toBe(160);
    // 170 in 2018 ≥ 160: no data for 2019–2021, so still no final figure; the text names the new target
    expect(e.explanation.zh).toContain("2020年目标160万人");
  });

  it("does not keep an answer read while a write was in progress", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let inserted: () => void = () => {};
    const insertedNow = new Promise<void>((r) => (inserted = r));
    const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: "urban_population" } });
    // a slow import: its new version gets an id now but commits later
    const writer = prisma.$transaction(
      async (tx) => {
        await recordObservations(
          tx,
          [
            {
              indicatorId: indicator.id,
              regionAdcode: "511100",
              year: 2020,
              value: "101",
              valueAsEntered: "101",
              unitAsEntered: "万人",
              source: "slow import",
              note: null,
              flags: [],
            },
          ],
          null,
        );
        inserted();
        await held;
      },
      { timeout: 20_000 },
    );
    await insertedNow;
    // meanwhile 1,001 other figures commit, so the slow one's id ends up more than 1,000
    // below the maximum: outside the version's recent-id window, only the in-progress
    // rule keeps the answer read now out of the cache
    const others = Array.from({ length: 1001 }, (_, i) => ({
      indicatorId: indicator.id,
      regionAdcode: "511500",
      year: 1000 + i,
      value: "1",
      valueAsEntered: "1",
      unitAsEntered: "万人",
      source: "filler",
      note: null,
      flags: [],
    }));
    await prisma.$transaction((tx) => recordObservations(tx, others, null));
    const opts = { planSlug: PLAN, region: "511100", indicator: "urban_population" };
    const during1 = await getProgress(actor, opts);
    const during2 = await getProgress(actor, opts);
    expect(during1!.entries[0]!.status).toBe("no_data");
    expect(during2!.entries).not.toBe(during1!.entries); // not cached
    release();
    await writer;
    const after = (await getProgress(actor, opts))!.entries[0]!;
    // 101 ≥ 100 in 2020: achieved — the late commit is seen although its id is below the max
    expect(after.final).toEqual({ status: "achieved", year: 2020, value: 101 });
  });
});
