import { beforeAll, describe, expect, it } from "vitest";
import { GET as listReports, POST as createReport } from "@/app/api/v1/reports/route";
import { DELETE as deleteReport, GET as getReport, PATCH as patchReport } from "@/app/api/v1/reports/[id]/route";
import { POST as duplicateReport } from "@/app/api/v1/reports/[id]/duplicate/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

type P = { id: string };
const selection = { plan: "chengyu-2016", indicators: ["urban_population"], regions: ["510500", "510700"], years: { from: 2014, to: 2020 } };
let analyst = "";
let other = "";
let viewer = "";
let admin = "";

const create = (token: string, body: Record<string, unknown>) => callJson(createReport, "/api/v1/reports", { token, body });
const get = (token: string, id: number) => callJson<any, P>(getReport, `/api/v1/reports/${id}`, { token, params: { id: String(id) } });
const patch = (token: string, id: number, body: unknown) =>
  callJson<any, P>(patchReport, `/api/v1/reports/${id}`, { token, method: "PATCH", body, params: { id: String(id) } });

describe("reports API", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    analyst = (await createUser("analyst")).token;
    other = (await createUser("analyst")).token;
    viewer = (await createUser("viewer")).token;
    admin = (await createUser("admin")).token;
  });

  it("creates a report with its selection, commentary and annotations (201), audited", async () => {
    const res = await create(analyst, {
      title: "2018年中心城区人口监测",
      commentary: "泸州 **滞后**",
      selection,
      annotations: [{ indicatorCode: "urban_population", regionAdcode: "510500", year: 2018, body: "口径为城区人口+暂住人口" }],
    });
    expect(res.status).toBe(201);
    expect(res.body.report).toMatchObject({
      title: "2018年中心城区人口监测",
      version: 1,
      visibility: "private",
      pinnedAt: null,
      selection: { ...selection, lens: "schedule" },
    });
    expect(res.body.report.annotations).toEqual([expect.objectContaining({ indicatorCode: "urban_population", regionAdcode: "510500", year: 2018 })]);
    const audit = await prisma.auditLog.findFirst({ where: { action: "report.create", entityId: String(res.body.report.id) } });
    expect(audit).not.toBeNull();
  });

  it("reads figures and statuses of the selection with the report", async () => {
    const { body } = await create(analyst, { title: "figures", selection });
    const res = await get(analyst, body.report.id);
    expect(res.status).toBe(200);
    const luzhou2018 = res.body.data.figures.find((f: any) => f.region.adcode === "510500" && f.year === 2018);
    expect(luzhou2018).toMatchObject({ indicator: "urban_population", value: 161.97, unit: "万人", flags: ["definition_differs"] });
    // only the selected indicator and regions
    expect(new Set(res.body.data.figures.map((f: any) => f.indicator))).toEqual(new Set(["urban_population"]));
    expect(res.body.data.statuses.map((s: any) => s.region.adcode).sort()).toEqual(["510500", "510700"]);
    expect(res.body.data.statuses[0]).toHaveProperty("status");
    expect(res.body.data.statuses[0]).toHaveProperty("plannedTrajectory");
    expect(res.body.changes).toBeNull();
  });

  it("refuses unknown indicators and regions with 422", async () => {
    const res = await create(analyst, { title: "bad", selection: { ...selection, indicators: ["nope"], regions: ["999999"] } });
    expect(res.status).toBe(422);
    expect(res.body.error.message.en).toContain("nope");
    expect(res.body.error.message.en).toContain("999999");
  });

  it("answers 401 without credentials and 403 to a viewer creating a report", async () => {
    expect((await callJson(createReport, "/api/v1/reports", { body: { title: "x", selection } })).status).toBe(401);
    expect((await create(viewer, { title: "x", selection })).status).toBe(403);
  });

  it("lists my reports and the team's; private reports of others stay hidden (404)", async () => {
    const mine = (await create(analyst, { title: "private one", selection })).body.report;
    const team = (await create(analyst, { title: "team one", selection, visibility: "team" })).body.report;
    const list = (await callJson(listReports, "/api/v1/reports", { token: viewer })).body;
    expect(list.mine).toEqual([]);
    expect(list.team.map((r: any) => r.id)).toContain(team.id);
    expect(list.team.map((r: any) => r.id)).not.toContain(mine.id);
    expect((await get(viewer, team.id)).status).toBe(200);
    expect((await get(viewer, mine.id)).status).toBe(404);
    expect((await get(other, mine.id)).status).toBe(404);
    // an admin may read anything
    expect((await get(admin, mine.id)).status).toBe(200);
    const own = (await callJson(listReports, "/api/v1/reports", { token: analyst })).body;
    expect(own.mine.map((r: any) => r.id)).toEqual(expect.arrayContaining([mine.id, team.id]));
  });

  it("lists exactly the reports can() lets one read: an admin's list holds others' private reports too", async () => {
    const hidden = (await create(other, { title: "someone's private draft", selection })).body.report;
    const adminList = (await callJson(listReports, "/api/v1/reports", { token: admin })).body;
    expect(adminList.team.map((r: any) => r.id)).toContain(hidden.id);
    expect(adminList.mine.map((r: any) => r.id)).not.toContain(hidden.id);
    // the same report opened singly: the list and the read rule agree
    expect((await get(admin, hidden.id)).status).toBe(200);
    for (const token of [analyst, viewer]) {
      expect((await callJson(listReports, "/api/v1/reports", { token })).body.team.map((r: any) => r.id)).not.toContain(hidden.id);
      expect((await get(token, hidden.id)).status).toBe(404);
    }
    // a deleted report is in no list
    await callJson<any, P>(deleteReport, `/api/v1/reports/${hidden.id}`, { token: other, method: "DELETE", params: { id: String(hidden.id) } });
    expect((await callJson(listReports, "/api/v1/reports", { token: admin })).body.team.map((r: any) => r.id)).not.toContain(hidden.id);
  });

  it("edits with optimistic concurrency: a stale version gets 409 and changes nothing", async () => {
    const { report } = (await create(analyst, { title: "v1", selection })).body;
    const first = await patch(analyst, report.id, { version: 1, title: "v2", pinnedAt: "2025-01-01T00:00:00Z" });
    expect(first.status).toBe(200);
    expect(first.body.report).toMatchObject({ title: "v2", version: 2, pinnedAt: "2025-01-01T00:00:00.000Z" });
    const stale = await patch(analyst, report.id, { version: 1, title: "lost update" });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    expect((await get(analyst, report.id)).body.report.title).toBe("v2");
  });

  it("lets only the owner (or an admin) edit and delete; others get 403 on a team report", async () => {
    const { report } = (await create(analyst, { title: "team", selection, visibility: "team" })).body;
    expect((await patch(other, report.id, { version: 1, title: "hijack" })).status).toBe(403);
    expect((await patch(viewer, report.id, { version: 1, title: "hijack" })).status).toBe(403);
    expect((await patch(admin, report.id, { version: 1, title: "admin edit" })).status).toBe(200);
    const del = (token: string) =>
      callJson<any, P>(deleteReport, `/api/v1/reports/${report.id}`, { token, method: "DELETE", params: { id: String(report.id) } });
    expect((await del(other)).status).toBe(403);
    expect((await del(analyst)).status).toBe(204);
    expect((await get(analyst, report.id)).status).toBe(404);
    // soft delete: the row stays
    expect(await prisma.report.findUnique({ where: { id: report.id } })).toMatchObject({ deletedAt: expect.any(Date) });
  });

  it("duplicates a readable report as a private copy of the caller's, annotations included", async () => {
    const { report } = (
      await create(analyst, {
        title: "原报告",
        selection,
        visibility: "team",
        annotations: [{ indicatorCode: "urban_population", regionAdcode: "510700", body: "note" }],
      })
    ).body;
    const dup = await callJson<any, P>(duplicateReport, `/api/v1/reports/${report.id}/duplicate`, {
      token: other,
      body: {},
      params: { id: String(report.id) },
    });
    expect(dup.status).toBe(201);
    expect(dup.body.report).toMatchObject({ title: "原报告（副本）", visibility: "private", version: 1, selection: report.selection });
    expect(dup.body.report.owner.id).not.toBe(report.owner.id);
    expect(dup.body.report.annotations).toHaveLength(1);
    const byViewer = await callJson<any, P>(duplicateReport, `/api/v1/reports/${report.id}/duplicate`, {
      token: viewer,
      body: {},
      params: { id: String(report.id) },
    });
    expect(byViewer.status).toBe(403);
  });
});

describe("reports API: pinned moments", () => {
  it("refuses a pinned moment in the future (422)", async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const res = await create(analyst, { title: "future", selection, pinnedAt: future });
    expect(res.status).toBe(422);
    expect(res.body.error.message.en).toContain("future");
  });
});
