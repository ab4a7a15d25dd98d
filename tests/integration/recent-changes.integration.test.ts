import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getRecentChanges } from "@/lib/data/recent-changes";
import type { Actor } from "@/lib/permissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

// "What changed" on the overview: hand-built version chains with fixed times; expected order worked out by hand.
const NOW = new Date("2026-06-30T00:00:00Z"); // window: from 2026-05-31T00:00Z
let actor: Actor;
const ids: Record<string, number> = {};

async function version(key: string, o: { indicator: string; year: number; version: number; value: number | null; at: string; supersedes?: string }) {
  const ind = await prisma.indicator.findUniqueOrThrow({ where: { code: o.indicator } });
  const at = new Date(o.at);
  const row = await prisma.observation.create({
    data: {
      indicatorId: ind.id,
      regionAdcode: "510500",
      year: o.year,
      version: o.version,
      kind: o.value === null ? "retraction" : "value",
      value: o.value,
      source: "test",
      supersedesId: o.supersedes ? ids[o.supersedes] : null,
      createdAt: at,
      publishedAt: at,
    },
  });
  ids[key] = row.id;
}

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  // the seed's own rows were just created: move them out of every window so only ours count
  await prisma.observation.updateMany({ data: { createdAt: new Date("2020-01-01T00:00:00Z"), publishedAt: new Date("2020-01-01T00:00:00Z") } });
  const { user } = await createUser("viewer");
  actor = { kind: "user", userId: user.id, role: "viewer", name: user.name, email: user.email, via: "session" };
  const up = "urban_population";
  // A: revised 100 → 150 inside the window (+50 %); the first version is older than the window
  await version("A1", { indicator: up, year: 2041, version: 1, value: 100, at: "2026-01-01T00:00:00Z" });
  await version("A2", { indicator: up, year: 2041, version: 2, value: 150, at: "2026-06-20T00:00:00Z", supersedes: "A1" });
  // B: both versions inside; only the current one (200 → 210, +5 %) is a change
  await version("B1", { indicator: up, year: 2042, version: 1, value: 200, at: "2026-06-01T00:00:00Z" });
  await version("B2", { indicator: up, year: 2042, version: 2, value: 210, at: "2026-06-25T00:00:00Z", supersedes: "B1" });
  // C, F: first entries (nothing replaced), F the newer
  await version("C1", { indicator: "town_density", year: 2041, version: 1, value: 50, at: "2026-06-10T00:00:00Z" });
  await version("F1", { indicator: "town_density", year: 2042, version: 1, value: 60, at: "2026-06-29T00:00:00Z" });
  // D: 80 retracted — a 100 % change
  await version("D1", { indicator: up, year: 2043, version: 1, value: 80, at: "2026-06-05T00:00:00Z" });
  await version("D2", { indicator: up, year: 2043, version: 2, value: null, at: "2026-06-28T00:00:00Z", supersedes: "D1" });
  // E: a huge revision, but before the window (2026-05-20)
  await version("E1", { indicator: up, year: 2044, version: 1, value: 10, at: "2026-05-15T00:00:00Z" });
  await version("E2", { indicator: up, year: 2044, version: 2, value: 1000, at: "2026-05-20T00:00:00Z", supersedes: "E1" });
  // G: after "now" (a later day's view), not counted
  await version("G1", { indicator: up, year: 2045, version: 1, value: 100, at: "2025-01-01T00:00:00Z" });
  await version("G2", { indicator: up, year: 2045, version: 2, value: 900, at: "2026-07-02T00:00:00Z", supersedes: "G1" });
});

describe("getRecentChanges", () => {
  it("lists the biggest changes of the last 30 days: revisions by relative size, then first entries, newest first", async () => {
    const changes = await getRecentChanges(actor, { now: NOW });
    expect(changes.map((c) => [c.id, c.kind, c.oldValue, c.newValue])).toEqual([
      [ids.D2, "retraction", 80, null],
      [ids.A2, "revision", 100, 150],
      [ids.B2, "revision", 200, 210],
      [ids.F1, "created", null, 60],
      [ids.C1, "created", null, 50],
    ]);
    expect(changes[1]).toMatchObject({
      year: 2041,
      region: { adcode: "510500" },
      indicator: { code: "urban_population" },
      createdAt: "2026-06-20T00:00:00.000Z",
    });
  });

  it("keeps only the requested number, and a shorter window drops the older ones", async () => {
    expect((await getRecentChanges(actor, { now: NOW, limit: 3 })).map((c) => c.id)).toEqual([ids.D2, ids.A2, ids.B2]);
    // 3 days: from 2026-06-27 — only D2 and F1
    expect((await getRecentChanges(actor, { now: NOW, days: 3 })).map((c) => c.id)).toEqual([ids.D2, ids.F1]);
  });

  it("refuses an anonymous reader", async () => {
    await expect(getRecentChanges({ kind: "anonymous" }, { now: NOW })).rejects.toThrow();
  });
});
