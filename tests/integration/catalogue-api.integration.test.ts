import { beforeAll, describe, expect, it } from "vitest";
import { POST as postIndicator } from "@/app/api/v1/indicators/route";
import { PATCH as patchIndicator } from "@/app/api/v1/indicators/[code]/route";
import { GET as listTargets, POST as postTarget } from "@/app/api/v1/targets/route";
import { PATCH as patchTarget } from "@/app/api/v1/targets/[id]/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

let analyst = "";
let admin = "";

describe("indicators and targets", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    analyst = (await createUser("analyst")).token;
    admin = (await createUser("admin")).token;
  });

  it("adds an indicator (unit stored canonically) and refuses a duplicate code", async () => {
    const body = { code: "built_up_area", nameZh: "建成区面积", nameEn: "Built-up area", unit: "km2", definitionZh: "城市建成区面积", attribute: "expected" };
    const r = await callJson(postIndicator, "/api/v1/indicators", { token: analyst, body });
    expect(r.status).toBe(201);
    expect(r.body.indicator).toMatchObject({ code: "built_up_area", unit: "km²", definitionEn: "", attribute: "expected" });
    expect((await callJson(postIndicator, "/api/v1/indicators", { token: analyst, body })).status).toBe(409);
    const badCode = await callJson(postIndicator, "/api/v1/indicators", { token: analyst, body: { ...body, code: "Built Up" } });
    expect(badCode.body.error.issues[0].path).toBe("code");
  });

  it("edits an indicator with before/after in the audit, but not the unit of one with data", async () => {
    const p = (code: string, body: unknown) =>
      callJson(patchIndicator, `/api/v1/indicators/${code}`, { token: analyst, method: "PATCH", params: { code }, body });
    const r = await p("built_up_area", { nameEn: "Urban built-up area", unit: "公顷" });
    expect(r.body.indicator).toMatchObject({ nameEn: "Urban built-up area", unit: "公顷" });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "indicator.update", entityId: "built_up_area" } });
    expect(audit.before).toMatchObject({ nameEn: "Built-up area", unit: "km²" });
    expect(audit.after).toMatchObject({ nameEn: "Urban built-up area", unit: "公顷" });
    const withData = await p("urban_population", { unit: "人" });
    expect(withData.status).toBe(409);
    expect((await p("nope", { nameEn: "x" })).status).toBe(404);
  });

  it("adds a target in another unit (converted) and changes its value and type; duplicates are 409", async () => {
    const body = {
      indicator: "urban_population",
      region: "泸州",
      year: 2025,
      value: "2,500,000",
      unit: "人",
      type: "min",
      baseline: { year: 2020, value: 1800000 },
      clause: "测试",
    };
    const r = await callJson(postTarget, "/api/v1/targets", { token: admin, body });
    expect(r.status).toBe(201);
    expect(r.body.target).toMatchObject({ value: 250, baseline: { year: 2020, value: 180 }, regionAdcode: "510500" });
    expect((await callJson(postTarget, "/api/v1/targets", { token: admin, body })).status).toBe(409);
    const id = r.body.target.id;
    const patched = await callJson(patchTarget, `/api/v1/targets/${id}`, {
      token: admin,
      method: "PATCH",
      params: { id: String(id) },
      body: { value: 260, type: "approx", tolerancePct: 5 },
    });
    expect(patched.body.target).toMatchObject({ value: 260, type: "approx", tolerancePct: 5 });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "target.update", entityId: String(id) } });
    expect([audit.before, audit.after]).toMatchObject([
      { value: 250, type: "min" },
      { value: 260, type: "approx" },
    ]);
    const listed = (await callJson(listTargets, "/api/v1/targets?region=510500&indicator=urban_population", { token: analyst })).body.targets;
    expect(listed.map((t: { year: number; value: number }) => [t.year, t.value])).toContainEqual([2025, 260]);
    const badUnit = await callJson(patchTarget, `/api/v1/targets/${id}`, {
      token: admin,
      method: "PATCH",
      params: { id: String(id) },
      body: { value: 1, unit: "亿元" },
    });
    expect(badUnit.body.error.issues[0].path).toBe("value");
  });
});
