import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase, tableCounts } from "../support/db";

// The plan's 专栏1, typed out by hand from the plan text: the seed must match it.
const BOX1: [string, string, number, number][] = [
  ["500101", "万州", 150, 130],
  ["500114", "黔江", 45, 49.5],
  ["510700", "绵阳", 150, 150],
  ["511300", "南充", 150, 150],
  ["511100", "乐山", 100, 100],
  ["510500", "泸州", 200, 200],
  ["511500", "宜宾", 140, 140],
];

describe("seed", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
  });

  it("is idempotent: seeding again changes no row count and writes no new observation version", async () => {
    const before = await tableCounts();
    const maxId = await prisma.observation.aggregate({ _max: { id: true } });
    await seedAll({ admin: false });
    expect(await tableCounts()).toEqual(before);
    expect((await prisma.observation.aggregate({ _max: { id: true } }))._max.id).toBe(maxId._max.id);
  });

  it("holds the 14 targets of 专栏1 exactly", async () => {
    const targets = await prisma.target.findMany({ where: { plan: { slug: "chengyu-2016" } }, include: { indicator: true } });
    expect(targets).toHaveLength(14);
    for (const [adcode, , pop, land] of BOX1) {
      const p = targets.find((t) => t.regionAdcode === adcode && t.indicator.code === "urban_population");
      const l = targets.find((t) => t.regionAdcode === adcode && t.indicator.code === "urban_construction_land");
      expect(p && { v: Number(p.value), type: p.type, year: p.year, unit: p.indicator.unit }).toEqual({ v: pop, type: "min", year: 2020, unit: "万人" });
      expect(l && { v: Number(l.value), type: l.type, year: l.year, unit: l.indicator.unit }).toEqual({ v: land, type: "max", year: 2020, unit: "km²" });
      expect(p?.clause).toBe("专栏1");
    }
  });

  it("holds the 2014 baseline of the cluster as observations sourced to the plan", async () => {
    const rows = await prisma.observation.findMany({ where: { year: 2014, source: { contains: "成渝城市群发展规划" } }, include: { indicator: true } });
    const got = Object.fromEntries(rows.map((r) => [`${r.regionAdcode}:${r.indicator.code}`, Number(r.value)]));
    expect(got).toEqual({
      "CHENGYU:area": 185000,
      "CHENGYU:resident_population": 9094,
      "CHENGYU:gdp": 37600,
      "CHENGYU:area_share_national": 1.92,
      "CHENGYU:population_share_national": 6.65,
      "CHENGYU:gdp_share_national": 5.49,
      "CHENGYU:town_density": 113,
      "CN-WEST:town_density": 12,
      "100000:town_density": 23,
    });
  });

  it("holds the plan's roles: 2 cores, 7 regional centres, 27 node cities, 4 cooperation groups", async () => {
    const roles = await prisma.regionRole.groupBy({ by: ["role"], _count: true });
    expect(Object.fromEntries(roles.map((r) => [r.role, r._count]))).toEqual({ core_city: 2, regional_centre: 7, node_city: 27 });
    const coop = await prisma.goal.findMany({ where: { kind: "cooperation_group" }, include: { regions: true } });
    expect(coop).toHaveLength(4);
    expect(coop.every((g) => g.regions.length === 3)).toBe(true);
    const kaizhou = await prisma.regionRole.findFirst({ where: { regionAdcode: "500154" } });
    expect(kaizhou).toMatchObject({ role: "node_city", labelZh: "开县", textZh: "重庆市劳务经济和承接产业转移示范基地" });
  });

  it("loads the sample statistics converted to the indicator's unit, keeping what was published", async () => {
    const luzhou = await prisma.observation.findFirst({ where: { regionAdcode: "510500", year: 2018, indicator: { code: "urban_population" } } });
    expect(luzhou && { v: Number(luzhou.value), asEntered: luzhou.valueAsEntered, unit: luzhou.unitAsEntered, flags: luzhou.flags }).toEqual({
      v: 161.97,
      asEntered: "1619700",
      unit: "人",
      flags: ["definition_differs"],
    });
    const gdp = await prisma.observation.findFirst({ where: { regionAdcode: "CHENGYU", year: 2017, indicator: { code: "gdp" } } });
    expect(gdp && { v: Number(gdp.value), asEntered: gdp.valueAsEntered, unit: gdp.unitAsEntered }).toEqual({ v: 50900, asEntered: "5.09", unit: "万亿元" });
    // the sample: every observation not sourced to one of the two shipped plans
    expect(
      await prisma.observation.count({
        where: { AND: [{ source: { not: { contains: "成渝城市群发展规划" } } }, { source: { not: { contains: "成渝地区双城经济圈建设规划纲要" } } }] },
      }),
    ).toBe(13);
  });
});
