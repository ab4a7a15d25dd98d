import { beforeAll, describe, expect, it } from "vitest";
import { POST as postObs } from "@/app/api/v1/observations/route";
import { POST as retract } from "@/app/api/v1/observations/[id]/retract/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { loadSampleObservations } from "@/prisma/seed/sample";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

// A restart runs the seed again (`npm start` → with-db --setup → prisma/seed.ts): it must
// never write over analysts' figures, nor add versions or audit rows of its own.
let token = "";
const currentValue = async (adcode: string, code: string, year: number) => {
  const o = await prisma.observation.findFirst({ where: { regionAdcode: adcode, year, indicator: { code } }, orderBy: { version: "desc" } });
  return o && { kind: o.kind, value: o.value === null ? null : Number(o.value), version: o.version };
};
const counts = async () => ({ observations: await prisma.observation.count(), audit: await prisma.auditLog.count() });

describe("seeding again (a restart)", () => {
  beforeAll(async () => {
    await resetDatabase();
    expect(await seedAll({ admin: false })).toEqual({ sampleLoaded: true });
    token = (await createUser("analyst")).token;
  });

  it("keeps an analyst's correction of a sample figure and of a plan baseline figure, and a retraction: no new version, no audit row", async () => {
    // 泸州 2018 urban population: a sample row (1,619,700 人 = 161.97 万人)
    const fix = await callJson(postObs, "/api/v1/observations", {
      token,
      body: { region: "510500", indicator: "urban_population", year: 2018, value: 163.2, source: "泸州市统计年鉴2019（修订）" },
    });
    expect(fix.status).toBe(201);
    // the cluster's 2014 GDP: a figure the plan seed writes (3.76 万亿元 = 37600 亿元)
    const gdp = await callJson(postObs, "/api/v1/observations", {
      token,
      body: { region: "CHENGYU", indicator: "gdp", year: 2014, value: 37650, source: "四川、重庆统计年鉴2015" },
    });
    expect(gdp.status).toBe(201);
    // the plan's 2014 town density of the west: retracted by the analyst
    const west = await prisma.observation.findFirst({ where: { regionAdcode: "CN-WEST", year: 2014, indicator: { code: "town_density" } } });
    const r = await callJson(retract, `/api/v1/observations/${west!.id}/retract`, { token, body: { reason: "口径不同" }, params: { id: String(west!.id) } });
    expect(r.status).toBe(201);

    const before = await counts();
    expect(await seedAll({ admin: false })).toEqual({ sampleLoaded: false });
    expect(await counts()).toEqual(before);
    expect(await currentValue("510500", "urban_population", 2018)).toEqual({ kind: "value", value: 163.2, version: 2 });
    expect(await currentValue("CHENGYU", "gdp", 2014)).toEqual({ kind: "value", value: 37650, version: 2 });
    expect(await currentValue("CN-WEST", "town_density", 2014)).toMatchObject({ kind: "retraction", version: 2 });
  });

  it("writes the plan's baseline into a database that has other figures but not these cells, and does not load the sample there", async () => {
    await resetDatabase();
    // a database with plan and one analyst figure, no sample: e.g. SEED_SAMPLE=0 on the first run
    await seedAll({ admin: false, sample: false });
    await prisma.observation.deleteMany({ where: { regionAdcode: "CHENGYU", year: 2014, indicator: { code: "gdp" } } });
    const before = await prisma.observation.count();
    expect(await seedAll({ admin: false })).toEqual({ sampleLoaded: false });
    expect(await prisma.observation.count()).toBe(before + 1);
    expect(await currentValue("CHENGYU", "gdp", 2014)).toEqual({ kind: "value", value: 37600, version: 1 });
  });

  it("`npm run db:sample` (loadSampleObservations) loads it on purpose", async () => {
    const before = await prisma.observation.count();
    await loadSampleObservations();
    expect(await prisma.observation.count()).toBeGreaterThan(before);
    expect(await currentValue("510500", "urban_population", 2018)).toEqual({ kind: "value", value: 161.97, version: 1 });
  });
});
