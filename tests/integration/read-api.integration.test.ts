import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getPlans } from "@/app/api/v1/plans/route";
import { GET as getPlan } from "@/app/api/v1/plans/[slug]/route";
import { GET as getRegions } from "@/app/api/v1/regions/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getTargets } from "@/app/api/v1/targets/route";
import { GET as getObservations } from "@/app/api/v1/observations/route";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";

const req = (path: string) => new Request(`http://localhost${path}`);
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

describe("read API", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
  });

  it("lists the plan and returns its goals, indicators and targets by slug", async () => {
    const { plans } = await (await getPlans()).json();
    expect(plans.map((p: { slug: string }) => p.slug)).toEqual(["chengyu-2016"]);
    expect(plans[0]).toMatchObject({ docNumber: "发改规划〔2016〕910号", periodStart: 2016, periodEnd: 2020, outlookYear: 2030, baseYear: 2014 });
    const plan = await (await getPlan(req("/api/v1/plans/chengyu-2016"), params({ slug: "chengyu-2016" }))).json();
    expect(plan.targets).toHaveLength(14);
    expect(plan.indicators.map((i: { code: string }) => i.code)).toContain("urban_construction_land");
    expect(plan.goals.map((g: { key: string }) => g.key)).toEqual(expect.arrayContaining(["goal-2020", "outlook-2030", "spatial"]));
    const missing = await getPlan(req("/api/v1/plans/nope"), params({ slug: "nope" }));
    expect(missing.status).toBe(404);
  });

  it("returns every region of regions.csv by administrative code", async () => {
    const csv = parse(fs.readFileSync("prisma/seed-data/regions.csv", "utf8"), { columns: true }) as { adcode: string; name_zh: string }[];
    const { regions } = await (await getRegions(req("/api/v1/regions"))).json();
    const byCode = new Map(regions.map((r: { adcode: string; nameZh: string }) => [r.adcode, r.nameZh]));
    for (const row of csv) expect(byCode.get(row.adcode)).toBe(row.name_zh);
    expect(byCode.get("CHENGYU")).toBe("成渝城市群");
  });

  it.each([
    ["开县", "500154"],
    ["梁平县", "500155"],
    ["泸州", "510500"],
    ["泸州市", "510500"],
    ["Luzhou", "510500"],
    ["510500", "510500"],
    ["成渝城市群", "CHENGYU"],
  ])("?q=%s finds %s (names, short names, historic aliases)", async (q, adcode) => {
    const { regions } = await (await getRegions(req(`/api/v1/regions?q=${encodeURIComponent(q)}`))).json();
    expect(regions.map((r: { adcode: string }) => r.adcode)).toContain(adcode);
  });

  it("returns the 14 targets of 专栏1 with indicator code, region code and name, year, value and type", async () => {
    const { targets } = await (await getTargets(req("/api/v1/targets"))).json();
    expect(targets).toHaveLength(14);
    expect(targets[0]).toMatchObject({ indicator: "urban_population", region: { adcode: "500101", nameZh: "万州区" }, year: 2020, value: 150, type: "min", baseline: null });
    const qianjiang = targets.find((t: { indicator: string; region: { adcode: string } }) => t.indicator === "urban_construction_land" && t.region.adcode === "500114");
    expect(qianjiang).toMatchObject({ value: 49.5, type: "max", unit: "km²" });
  });

  it("filters observations by indicator and region and validates the query", async () => {
    const { observations } = await (await getObservations(req("/api/v1/observations?indicator=urban_population&region=510500"))).json();
    expect(observations.map((o: { year: number; value: number }) => [o.year, o.value])).toEqual([
      [2014, 111.59],
      [2018, 161.97],
    ]);
    const bad = await getObservations(req("/api/v1/observations?from=abc"));
    expect(bad.status).toBe(422);
    const { indicators } = await (await getIndicators()).json();
    expect(indicators).toHaveLength(9);
  });
});
