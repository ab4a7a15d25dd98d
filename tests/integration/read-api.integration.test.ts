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
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

let token = "";
const get = <P = Record<string, never>>(h: Parameters<typeof callJson<any, P>>[0], path: string, params?: P) => callJson<any, P>(h, path, { token, params });

describe("read API", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    token = (await createUser("viewer")).token;
  });

  it("answers 401 without a token or session", async () => {
    expect((await callJson(getTargets, "/api/v1/targets")).status).toBe(401);
  });

  it("lists the plan and returns its goals, indicators and targets by slug", async () => {
    const { plans } = (await get(getPlans, "/api/v1/plans")).body;
    // the 2016 plan and its successor, both shipped as plan documents
    expect(plans.map((p: { slug: string }) => p.slug)).toEqual(["chengyu-2016", "chengyu-2021"]);
    expect(plans[0]).toMatchObject({ docNumber: "发改规划〔2016〕910号", periodStart: 2016, periodEnd: 2020, outlookYear: 2030, baseYear: 2014 });
    const plan = (await get(getPlan, "/api/v1/plans/chengyu-2016", { slug: "chengyu-2016" })).body;
    expect(plan.targets).toHaveLength(14);
    expect(plan.indicators.map((i: { code: string }) => i.code)).toContain("urban_construction_land");
    expect(plan.goals.map((g: { key: string }) => g.key)).toEqual(expect.arrayContaining(["goal-2020", "outlook-2030", "spatial"]));
    const missing = await get(getPlan, "/api/v1/plans/nope", { slug: "nope" });
    expect(missing.status).toBe(404);
  });

  it("returns every region of regions.csv by administrative code", async () => {
    const csv = parse(fs.readFileSync("prisma/seed-data/regions.csv", "utf8"), { columns: true }) as { adcode: string; name_zh: string }[];
    const { regions } = (await get(getRegions, "/api/v1/regions")).body;
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
    const { regions } = (await get(getRegions, `/api/v1/regions?q=${encodeURIComponent(q)}`)).body;
    expect(regions.map((r: { adcode: string }) => r.adcode)).toContain(adcode);
  });

  it("returns the 14 targets of 专栏1 with indicator code, region code and name, year, value and type", async () => {
    const { targets } = (await get(getTargets, "/api/v1/targets")).body;
    expect(targets).toHaveLength(14);
    expect(targets[0]).toMatchObject({
      indicator: "urban_population",
      region: { adcode: "500101", nameZh: "万州区" },
      year: 2020,
      value: 150,
      type: "min",
      baseline: null,
    });
    const qianjiang = targets.find(
      (t: { indicator: string; region: { adcode: string } }) => t.indicator === "urban_construction_land" && t.region.adcode === "500114",
    );
    expect(qianjiang).toMatchObject({ value: 49.5, type: "max", unit: "km²" });
  });

  it("pages the targets: `limit` at a time in id order, `next` until the last page", async () => {
    const all = (await get(getTargets, "/api/v1/targets")).body;
    expect(all.next).toBeNull();
    const seen: number[] = [];
    let after: number | null = null;
    const pages: number[] = [];
    do {
      const page: { targets: { id: number }[]; next: number | null } = (
        await get(getTargets, `/api/v1/targets?limit=5${after === null ? "" : `&after=${after}`}`)
      ).body;
      pages.push(page.targets.length);
      seen.push(...page.targets.map((t) => t.id));
      after = page.next;
    } while (after !== null);
    // 14 targets: 5 + 5 + 4, each once, in the order of the unpaged list
    expect(pages).toEqual([5, 5, 4]);
    expect(seen).toEqual(all.targets.map((t: { id: number }) => t.id));
    // a page that ends exactly at the last target says there is none after it
    const ten = (await get(getTargets, `/api/v1/targets?limit=4&after=${seen[9]}`)).body;
    expect(ten.targets.map((t: { id: number }) => t.id)).toEqual(seen.slice(10));
    expect(ten.next).toBeNull();
    for (const bad of ["limit=0", "limit=1001", "limit=x", "after=-1"]) expect((await get(getTargets, `/api/v1/targets?${bad}`)).status, bad).toBe(422);
  });

  it("filters observations by indicator and region and validates the query", async () => {
    const { observations } = (await get(getObservations, "/api/v1/observations?indicator=urban_population&region=510500")).body;
    expect(observations.map((o: { year: number; value: number }) => [o.year, o.value])).toEqual([
      [2014, 111.59],
      [2018, 161.97],
    ]);
    const bad = await get(getObservations, "/api/v1/observations?from=abc");
    expect(bad.status).toBe(422);
    const { indicators } = (await get(getIndicators, "/api/v1/indicators")).body;
    // 9 of the 2016 plan, 5 more of the 2021 plan (resident population, GDP and area are shared)
    expect(indicators).toHaveLength(14);
  });
});
