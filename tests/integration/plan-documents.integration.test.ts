import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listPlansRoute, POST as publish } from "@/app/api/v1/plans/route";
import { GET as exportDoc } from "@/app/api/v1/plans/[slug]/document/route";
import { GET as versionsRoute } from "@/app/api/v1/plans/[slug]/versions/route";
import { PUT as setDefault } from "@/app/api/v1/plans/[slug]/default/route";
import { GET as schemaRoute } from "@/app/api/v1/plan-document.schema.json/route";
import { GET as progressRoute } from "@/app/api/v1/progress/route";
import { GET as targetsRoute } from "@/app/api/v1/targets/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase, tableCounts } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

const shipped = (slug: string) => JSON.parse(fs.readFileSync(`prisma/plans/${slug}.json`, "utf8")) as Record<string, any>;
let admin = "";
let analyst = "";

const exportOf = async (slug: string) => {
  const r = await callJson(exportDoc, `/api/v1/plans/${slug}/document`, { token: analyst, params: { slug } });
  expect(r.status).toBe(200);
  return r.body as Record<string, any>;
};
const post = (body: unknown, query = "") => callJson(publish, `/api/v1/plans${query}`, { token: admin, body });

describe("plan documents", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    admin = (await createUser("admin")).token;
    analyst = (await createUser("analyst")).token;
  });

  it("serves the JSON Schema generated from the zod schema", async () => {
    const r = await callJson(schemaRoute, "/api/v1/plan-document.schema.json");
    expect(r.status).toBe(200);
    expect(r.body.$schema).toContain("json-schema.org");
    expect(r.body.required).toEqual(expect.arrayContaining(["schemaVersion", "slug", "targets", "regions"]));
    expect(r.body.properties.targets.items.properties.kind.enum).toEqual(["level", "growth_rate", "reduction", "cumulative"]);
  });

  it("lists both shipped plans, the 2016 plan as default, each with counts", async () => {
    const r = await callJson(listPlansRoute, "/api/v1/plans", { token: analyst });
    const plans = r.body.plans.map((p: any) => [p.slug, p.isDefault, p.version, p.counts.targets]);
    expect(plans).toEqual([
      ["chengyu-2016", true, 1, 14],
      ["chengyu-2021", false, 1, 5],
    ]);
    const p21 = r.body.plans[1];
    expect(p21.noteEn).toContain("known only from an English-language summary");
    expect(p21.noteZh).toContain("仅见于英文摘要");
  });

  it("ships the successor plan: 2019 baseline, 2025 targets with provenance, indicators shared with the 2016 plan", async () => {
    const t = await callJson(targetsRoute, "/api/v1/targets?plan=chengyu-2021", { token: analyst });
    expect(t.body.plan).toBe("chengyu-2021");
    const byCode = Object.fromEntries(t.body.targets.map((x: any) => [x.indicator, [x.year, x.value, x.type, x.unit, x.wording?.language]]));
    expect(byCode).toEqual({
      urbanization_rate: [2025, 66, "approx", "%", "en"],
      railway_length: [2025, 9000, "min", "km", "en"],
      rd_intensity: [2025, 2.5, "approx", "%", "en"],
      sci_tech_contribution: [2025, 63, "min", "%", "en"],
      cq_cd_travel_time: [2025, 1, "max", "h", "en"],
    });
    for (const x of t.body.targets) {
      expect(x.source).toMatch(/^https?:\/\//);
      expect(x.note).toContain("English-language summary");
    }
    // one indicator each, used by both plans
    expect(await prisma.indicator.count({ where: { code: { in: ["gdp", "resident_population"] } } })).toBe(2);
    const gdp2019 = await prisma.observation.findFirst({ where: { regionAdcode: "CHENGYU", year: 2019, indicator: { code: "gdp" } } });
    expect(gdp2019 && [Number(gdp2019.value), gdp2019.flags, gdp2019.unitAsEntered]).toEqual([63000, ["estimated"], "万亿元"]);
    const pop2019 = await prisma.observation.findFirst({ where: { regionAdcode: "CHENGYU", year: 2019, indicator: { code: "resident_population" } } });
    expect(Number(pop2019?.value)).toBe(9600);
  });

  it("names the plan in plan-scoped answers: the default when none is given", async () => {
    const t = await callJson(targetsRoute, "/api/v1/targets", { token: analyst });
    expect(t.body.plan).toBe("chengyu-2016");
    expect(t.body.targets).toHaveLength(14);
    const p = await callJson(progressRoute, "/api/v1/progress?plan=chengyu-2021", { token: analyst });
    expect(p.body.plan).toBe("chengyu-2021");
    expect(p.body.entries).toHaveLength(5);
  });

  it.each(["chengyu-2016", "chengyu-2021"])("exports the shipped %s document unchanged (apart from the thresholds the export adds)", async (slug) => {
    const doc = await exportOf(slug);
    const { thresholds, ...rest } = doc;
    expect(thresholds).toEqual({ onTrackLagPp: 10, atRiskLagPp: 30, ceilingMarginPp: 10, nearlyAchievedPct: 95 });
    expect(rest).toEqual(shipped(slug));
  });

  it.each(["chengyu-2016", "chengyu-2021"])("round-trips %s: export → import under a new slug → identical counts and values", async (slug) => {
    const doc = await exportOf(slug);
    const copySlug = `${slug}-copy`;
    const created = await post({ ...doc, slug: copySlug });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "created", version: { from: null, to: 1 } });
    const copy = await exportOf(copySlug);
    expect({ ...copy, slug }).toEqual(doc);
    const count = async (s: string) => {
      const p = await prisma.plan.findUniqueOrThrow({
        where: { slug: s },
        include: { _count: { select: { targets: true, goals: true, roles: true, regions: true, baselineFigures: true } } },
      });
      return p._count;
    };
    expect(await count(copySlug)).toEqual(await count(slug));
    // publishing the same document again writes nothing
    const before = await tableCounts();
    const again = await post({ ...doc, slug: copySlug });
    expect([again.status, again.body.status]).toEqual([200, "unchanged"]);
    expect(await tableCounts()).toEqual(before);
  });

  it("dry run: says what would be created and writes nothing", async () => {
    const doc = { ...shipped("chengyu-2021"), slug: "dry-2021" };
    const before = await tableCounts();
    const r = await post(doc, "?dryRun=1");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ dryRun: true, status: "created", slug: "dry-2021", version: { from: null, to: 1 } });
    expect(r.body.targets.created).toHaveLength(5);
    expect(r.body.indicators.created).toEqual([]);
    expect(r.body.indicators.kept).toEqual([
      "urbanization_rate",
      "railway_length",
      "rd_intensity",
      "sci_tech_contribution",
      "cq_cd_travel_time",
      "area",
      "resident_population",
      "gdp",
    ]);
    expect(await tableCounts()).toEqual(before);
    expect(await prisma.plan.findUnique({ where: { slug: "dry-2021" } })).toBeNull();
  });

  it("refuses a document with an unknown indicator, a target outside the period, a growth target without baseline and a region outside the scope: 422 with paths, nothing written", async () => {
    const doc = shipped("chengyu-2021");
    const targets = [...doc.targets];
    targets[0] = { ...targets[0], indicator: "no_such_indicator" };
    targets[1] = { ...targets[1], year: 2040 };
    targets[2] = { ...targets[2], kind: "growth_rate", rate: 6, value: undefined };
    targets[3] = { ...targets[3], region: "CN-WEST" }; // 西部地区: a known region outside the scope
    const before = await tableCounts();
    const r = await post({ ...doc, slug: "bad-2021", targets });
    expect(r.status).toBe(422);
    const issues = Object.fromEntries(r.body.error.issues.map((i: any) => [i.path, i.message]));
    expect(Object.keys(issues)).toEqual(expect.arrayContaining(["targets[0].indicator", "targets[1].year", "targets[2].baseline", "targets[3].region"]));
    expect(issues["targets[0].indicator"].en).toContain('unknown indicator "no_such_indicator"');
    expect(issues["targets[1].year"].zh).toContain("不在规划期 2021–2025 内");
    expect(issues["targets[2].baseline"].en).toContain("needs a baseline");
    expect(issues["targets[3].region"].en).toContain("outside the plan's scope");
    expect(await tableCounts()).toEqual(before);
  });

  it("names the path and what is accepted for a malformed document, in zh and en", async () => {
    const doc = shipped("chengyu-2016");
    const targets = [...doc.targets];
    targets[3] = { ...targets[3], baseline: { year: "2014", value: 1 }, type: "atleast" };
    const r = await post({ ...doc, targets });
    expect(r.status).toBe(422);
    const issues = Object.fromEntries(r.body.error.issues.map((i: any) => [i.path, i.message]));
    expect(issues["targets[3].baseline.year"]).toEqual({ zh: '应为数字，收到 "2014"', en: 'expected a number, got "2014"' });
    expect(issues["targets[3].type"].en).toBe('accepted values: "min", "max", "approx"; got "atleast"');
  });

  it("accepts YAML", async () => {
    const { stringify } = await import("yaml");
    const doc = { ...shipped("chengyu-2021"), slug: "yaml-2021" };
    const r = await callJson(publish, "/api/v1/plans?dryRun=1", { token: admin, rawBody: stringify(doc), contentType: "application/yaml", method: "POST" });
    expect(r.status).toBe(200);
    expect(r.body.targets.created).toHaveLength(5);
  });

  it("is for admins only: an analyst gets 403 and nothing is written", async () => {
    const r = await callJson(publish, "/api/v1/plans", { token: analyst, body: { ...shipped("chengyu-2021"), slug: "analyst-2021" } });
    expect(r.status).toBe(403);
    expect(await prisma.plan.findUnique({ where: { slug: "analyst-2021" } })).toBeNull();
  });

  it("lets an admin mark the default plan; plan-scoped answers follow it", async () => {
    const r = await callJson(setDefault, "/api/v1/plans/chengyu-2021/default", { token: admin, method: "PUT", params: { slug: "chengyu-2021" } });
    expect(r.body).toEqual({ defaultPlan: "chengyu-2021" });
    expect((await callJson(targetsRoute, "/api/v1/targets", { token: analyst })).body.plan).toBe("chengyu-2021");
    expect(await prisma.plan.count({ where: { isDefault: true } })).toBe(1);
    expect((await callJson(setDefault, "/api/v1/plans/chengyu-2016/default", { token: analyst, method: "PUT", params: { slug: "chengyu-2016" } })).status).toBe(
      403,
    );
    await callJson(setDefault, "/api/v1/plans/chengyu-2016/default", { token: admin, method: "PUT", params: { slug: "chengyu-2016" } });
    expect((await callJson(targetsRoute, "/api/v1/targets", { token: analyst })).body.plan).toBe("chengyu-2016");
  });
});

describe("a revised plan document", () => {
  let beforeRevision: Date;
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    admin = (await createUser("admin")).token;
    analyst = (await createUser("analyst")).token;
    await new Promise((r) => setTimeout(r, 20));
    beforeRevision = new Date();
    await new Promise((r) => setTimeout(r, 20));
  });

  it("becomes plan version 2; the revised target gets version 2 and keeps version 1; as-of reads use the version in force", async () => {
    const doc = shipped("chengyu-2016");
    // 泸州 (510500) urban population: 200 → 210 万人, a revision mid-period
    const i = doc.targets.findIndex((t: any) => t.region === "510500" && t.indicator === "urban_population");
    const targets = doc.targets.map((t: any, j: number) => (j === i ? { ...t, value: 210 } : t));
    const dry = await post({ ...doc, targets }, "?dryRun=1");
    expect(dry.body).toMatchObject({ dryRun: true, status: "updated", version: { from: 1, to: 2 } });
    expect(dry.body.targets.revised).toEqual([{ indicator: "urban_population", region: "510500", year: 2020, from: 200, to: 210, version: 2 }]);
    expect(dry.body.targets.unchanged).toBe(13);

    const r = await post({ ...doc, targets });
    expect([r.status, r.body.status]).toEqual([201, "updated"]);
    const v = await callJson(versionsRoute, "/api/v1/plans/chengyu-2016/versions", { token: analyst, params: { slug: "chengyu-2016" } });
    expect(v.body.version).toBe(2);
    expect(v.body.versions.map((x: any) => x.version)).toEqual([1, 2]);
    const luzhou = v.body.targets.find((t: any) => t.region === "510500" && t.indicator === "urban_population");
    expect(luzhou.versions.map((x: any) => [x.version, x.value, x.planVersion])).toEqual([
      [1, 200, 1],
      [2, 210, 2],
    ]);

    const entry = async (asOf?: Date) => {
      const q = asOf ? `&asOf=${asOf.toISOString()}` : "";
      const p = await callJson(progressRoute, `/api/v1/progress?plan=chengyu-2016&region=510500&indicator=urban_population${q}`, { token: analyst });
      return p.body.entries[0].targetValue as number;
    };
    expect(await entry()).toBe(210);
    expect(await entry(beforeRevision)).toBe(200);

    // the export is the revised document
    const exported = await exportOf("chengyu-2016");
    expect(exported.targets[i].value).toBe(210);
  });

  it("a restart does not republish the shipped document over the admin's revision, and writes nothing", async () => {
    const before = await tableCounts();
    await seedAll({ admin: false });
    expect(await tableCounts()).toEqual(before);
    expect((await prisma.plan.findUniqueOrThrow({ where: { slug: "chengyu-2016" } })).version).toBe(2);
  });
});
