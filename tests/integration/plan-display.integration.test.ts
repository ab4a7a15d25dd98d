// The plan's own display facts (Plan.clusterCode, comparisonRegionCodes, baselineCards):
// written by the seed into a new database, and by the migration into the plan a database
// already held; read by the overview pages instead of codes written into them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getPlanDisplay, listPlans } from "@/lib/data/plans";
import { selectPlan } from "@/lib/data/plan-selection";
import type { Actor } from "@/lib/permissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";

const viewer: Actor = { kind: "user", userId: 1, role: "viewer", name: "v", email: "v@example.com", via: "session" };
const CHENGYU = {
  clusterCode: "CHENGYU",
  comparisonRegionCodes: ["CN-WEST", "100000"],
  baselineCards: [
    { indicator: "area", share: "area_share_national" },
    { indicator: "resident_population", share: "population_share_national" },
    { indicator: "gdp", share: "gdp_share_national" },
    { indicator: "town_density", compare: true },
  ],
};

describe("plan display facts", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
  });

  it("the seed writes them for the 成渝 plan", async () => {
    expect(await getPlanDisplay(viewer, "chengyu-2016")).toEqual(CHENGYU);
    expect((await listPlans(viewer))[0]).toMatchObject(CHENGYU);
    expect(await getPlanDisplay(viewer, "no-such-plan")).toBeNull();
  });

  it("the migration fills them into the plan an existing database holds", async () => {
    await prisma.plan.update({ where: { slug: "chengyu-2016" }, data: { clusterCode: null, comparisonRegionCodes: [], baselineCards: [] } });
    const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
    const sql = readFileSync(path.join(dir, "20261130072753_plan_display_facts/migration.sql"), "utf8");
    await prisma.$executeRawUnsafe(sql.slice(sql.indexOf("UPDATE")));
    expect(await getPlanDisplay(viewer, "chengyu-2016")).toEqual(CHENGYU);
  });

  it("selectPlan: the named plan, else the first one", async () => {
    expect(await selectPlan(viewer, "other-plan")).toBe("other-plan");
    expect(await selectPlan(viewer, undefined)).toBe("chengyu-2016");
    expect(await selectPlan(viewer, null)).toBe("chengyu-2016");
    await expect(selectPlan({ kind: "anonymous" }, undefined)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
