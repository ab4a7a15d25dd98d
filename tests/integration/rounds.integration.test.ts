// Monitoring rounds end to end on a real PostgreSQL, on a small hand-built plan whose
// figures are worked out by hand below (evaluated in 2026, the year of the test run's clock
// in China; statuses rest on the latest figure's year, not the clock).
//
// Plan "tp": base year 2020, targets for 2030 (min 200 from a 2020 baseline of 100):
//   A  pop  in R1: 2020 = 100, 2024 = 105           → completion 5 %, time 40 %, lag 35 pp → off_track
//   B  pop  in R2: 2020 = 100, 2024 = 140           → completion 40 %, time 40 %, lag 0 → on_track
//   C  land in R1: max 150, 2020 = 100, 2022 = 120, 2024 = 140 → slope 10/yr, headroom 10 → cap crossed in 2025 ≤ 2030
//   D  land in R2: max 150, 2020 = 100 only         → latest 2020, 6 years old → no data in sight
//   E  pop  in R1, a 2020 target (min 100)          → not in a 2025 round by default
// Units: U1 leads A and B; U2 leads C and supports A; D has no unit.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoundsRoute, POST as postRound } from "@/app/api/v1/rounds/route";
import { GET as getRoundRoute } from "@/app/api/v1/rounds/[id]/route";
import { POST as freezeRoute } from "@/app/api/v1/rounds/[id]/freeze/route";
import { POST as reopenRoute } from "@/app/api/v1/rounds/[id]/reopen/route";
import { GET as resultsRoute } from "@/app/api/v1/rounds/[id]/results/route";
import { GET as todoRoute } from "@/app/api/v1/rounds/[id]/todo/route";
import { GET as warningsRoute } from "@/app/api/v1/warnings/route";
import { GET as progressRoute } from "@/app/api/v1/progress/route";
import { POST as postObservation } from "@/app/api/v1/observations/route";
import { POST as postReport } from "@/app/api/v1/reports/route";
import { GET as getReport } from "@/app/api/v1/reports/[id]/route";
import { roundDetail, roundResults, warningsResponse } from "@/lib/api/openapi-rounds";
import { prisma } from "@/lib/db";
import { resetDatabase } from "../support/db";
import { call, callJson } from "../support/api";
import { createUser } from "../support/factories";

let admin = "";
let analyst = "";
let reporter = "";
const T: Record<"A" | "B" | "C" | "D" | "E", number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
const U = { U1: 0, U2: 0 };
let pop = 0;
let land = 0;
let roundId = 0;

async function figures(indicatorId: number, region: string, pairs: [number, number][]) {
  await prisma.observation.createMany({
    data: pairs.map(([year, value]) => ({
      indicatorId,
      regionAdcode: region,
      year,
      version: 1,
      value: String(value),
      source: "test",
      flags: [],
      createdAt: new Date("2026-01-10"),
      publishedAt: new Date("2026-01-10"),
    })),
  });
}

async function buildPlan() {
  const plan = await prisma.plan.create({
    data: {
      slug: "tp",
      nameZh: "测试规划",
      nameEn: "Test plan",
      docNumber: "测〔2021〕1号",
      issuingBodiesZh: "测试",
      issuingBodiesEn: "Test",
      issueDate: new Date("2021-01-01"),
      periodStart: 2021,
      periodEnd: 2030,
      outlookYear: 2035,
      baseYear: 2020,
      scopeZh: "测试",
      scopeEn: "Test",
      sourceZh: "测试",
    },
  });
  for (const [adcode, zh, en] of [
    ["T00001", "测一市", "Test One"],
    ["T00002", "测二市", "Test Two"],
  ] as const) {
    await prisma.region.create({ data: { adcode, nameZh: zh, nameEn: en, level: "prefecture", inCluster: "outside" } });
  }
  pop = (
    await prisma.indicator.create({
      data: { code: "tp_pop", nameZh: "测试人口", nameEn: "Test population", unit: "万人", definitionZh: "测试", definitionEn: "Test" },
    })
  ).id;
  land = (
    await prisma.indicator.create({
      data: { code: "tp_land", nameZh: "测试用地", nameEn: "Test land", unit: "平方公里", definitionZh: "测试", definitionEn: "Test" },
    })
  ).id;
  const target = async (indicatorId: number, region: string, year: number, value: number, type: "min" | "max") =>
    (
      await prisma.target.create({
        data: {
          planId: plan.id,
          indicatorId,
          regionAdcode: region,
          year,
          value: String(value),
          type,
          baselineYear: 2020,
          baselineValue: "100",
          clause: "测试",
        },
      })
    ).id;
  T.A = await target(pop, "T00001", 2030, 200, "min");
  T.B = await target(pop, "T00002", 2030, 200, "min");
  T.C = await target(land, "T00001", 2030, 150, "max");
  T.D = await target(land, "T00002", 2030, 150, "max");
  T.E = await target(pop, "T00001", 2020, 100, "min");
  await figures(pop, "T00001", [
    [2020, 100],
    [2024, 105],
  ]);
  await figures(pop, "T00002", [
    [2020, 100],
    [2024, 140],
  ]);
  await figures(land, "T00001", [
    [2020, 100],
    [2022, 120],
    [2024, 140],
  ]);
  await figures(land, "T00002", [[2020, 100]]);
  U.U1 = (await prisma.unit.create({ data: { nameZh: "测试统计局", nameEn: "Test Statistics Bureau" } })).id;
  U.U2 = (await prisma.unit.create({ data: { nameZh: "测试自然资源局", nameEn: "Test Natural Resources Bureau" } })).id;
  await prisma.targetUnit.createMany({
    data: [
      { targetId: T.A, unitId: U.U1, role: "lead" },
      { targetId: T.B, unitId: U.U1, role: "lead" },
      { targetId: T.C, unitId: U.U2, role: "lead" },
      { targetId: T.A, unitId: U.U2, role: "support" },
    ],
  });
}

const detail = async (token = analyst) => {
  const r = await callJson(getRoundRoute, `/api/v1/rounds/${roundId}`, { token, params: { id: String(roundId) } });
  expect(r.status).toBe(200);
  roundDetail.parse(r.body); // the documented shape, strictly
  return r.body;
};
const unitRow = (d: any, unitId: number | null) => d.units.find((u: any) => u.unitId === unitId);
const statusOf = (d: any, targetId: number) => d.targets.find((t: any) => t.targetId === targetId)?.status;

beforeAll(async () => {
  await resetDatabase();
  await buildPlan();
  admin = (await createUser("admin")).token;
  analyst = (await createUser("analyst")).token;
  reporter = (await createUser("reporter")).token;
});

describe("POST /api/v1/rounds", () => {
  const body = { plan: "tp", year: 2025, dueDate: "2026-03-31", name: "2025年度监测" };

  it("refuses analysts (403), reporters (403) and anonymous callers (401)", async () => {
    expect((await callJson(postRound, "/api/v1/rounds", { token: analyst, body })).status).toBe(403);
    expect((await callJson(postRound, "/api/v1/rounds", { token: reporter, body })).status).toBe(403);
    expect((await callJson(postRound, "/api/v1/rounds", { body })).status).toBe(401);
  });

  it("opens a round over the targets still running in 2025 (target year ≥ 2025): A–D, not the 2020 target E", async () => {
    const r = await callJson(postRound, "/api/v1/rounds", { token: admin, body });
    expect(r.status).toBe(201);
    roundId = r.body.id;
    const rows = await prisma.roundTarget.findMany({ where: { roundId }, orderBy: { targetId: "asc" } });
    expect(rows.map((x) => x.targetId)).toEqual([T.A, T.B, T.C, T.D]);
    expect(await prisma.auditLog.count({ where: { action: "round.create", entityId: String(roundId) } })).toBe(1);
    const list = await callJson(listRoundsRoute, "/api/v1/rounds?plan=tp", { token: analyst });
    expect(list.body.rounds).toMatchObject([{ id: roundId, plan: "tp", year: 2025, dueDate: "2026-03-31", status: "open", freezeNo: 0, targetCount: 4 }]);
  });

  it("a second round for the same plan and year is a conflict (409); a target of another plan is a 422", async () => {
    expect((await callJson(postRound, "/api/v1/rounds", { token: admin, body })).status).toBe(409);
    const r = await callJson(postRound, "/api/v1/rounds", { token: admin, body: { ...body, year: 2026, targets: [T.A, 999_999] } });
    expect(r.status).toBe(422);
    expect(r.body.error.issues[0].path).toBe("targets");
  });
});

describe("GET /api/v1/rounds/{id}: completeness", () => {
  it("before anything is in: every 2025 figure missing; the due date (2026-03-31) has passed, so owing units are overdue", async () => {
    const d = await detail();
    expect(d.pastDue).toBe(true);
    expect(d.totals).toEqual({ total: 4, official: 0, pending: 0, returned: 0, missing: 4, share: 0 });
    expect(unitRow(d, U.U1)).toMatchObject({ total: 2, official: 0, missing: 2, share: 0, overdue: true });
    expect(unitRow(d, U.U2)).toMatchObject({ total: 2, official: 0, missing: 2, share: 0, overdue: true }); // C, and A as supporter
    expect(unitRow(d, null)).toMatchObject({ total: 1, missing: 1, overdue: true }); // D
    expect(d.targets.find((t: any) => t.targetId === T.A)).toMatchObject({ leadUnit: { id: U.U1 }, supportUnits: [{ id: U.U2 }] });
  });

  it("after an official 2025 figure for A, a pending submission for B and a returned one for C", async () => {
    await figures(pop, "T00001", [[2025, 108]]);
    const subBy = (await createUser("reporter")).user.id;
    const sub = (indicatorId: number, regionAdcode: string, status: "submitted" | "returned") =>
      prisma.submission.create({ data: { roundId, indicatorId, regionAdcode, year: 2025, value: "1", source: "test", status, submittedById: subBy } });
    await sub(pop, "T00002", "submitted");
    await sub(land, "T00001", "returned");
    const d = await detail();
    expect([T.A, T.B, T.C, T.D].map((id) => statusOf(d, id))).toEqual(["official", "pending", "returned", "missing"]);
    expect(d.totals).toEqual({ total: 4, official: 1, pending: 1, returned: 1, missing: 1, share: 0.25 });
    // U1: A official, B pending → nothing owed, not overdue although the date passed
    expect(unitRow(d, U.U1)).toMatchObject({ total: 2, official: 1, pending: 1, returned: 0, missing: 0, share: 0.5, overdue: false });
    // U2: A official, C returned → owes C
    expect(unitRow(d, U.U2)).toMatchObject({ total: 2, official: 1, returned: 1, share: 0.5, overdue: true });
  });

  it("a unit's to-do list holds its missing and returned items only", async () => {
    const r = await callJson(todoRoute, `/api/v1/rounds/${roundId}/todo?unit=${U.U2}`, { token: analyst, params: { id: String(roundId) } });
    expect(r.status).toBe(200);
    expect(r.body.todo).toMatchObject({ unitId: U.U2, dueDate: "2026-03-31", pastDue: true });
    expect(r.body.todo.items.map((i: any) => [i.targetId, i.status])).toEqual([[T.C, "returned"]]);
  });

  it("an unknown round is a 404", async () => {
    expect((await callJson(getRoundRoute, "/api/v1/rounds/99999", { token: analyst, params: { id: "99999" } })).status).toBe(404);
  });
});

describe("GET /api/v1/warnings (live)", () => {
  it("flags A off track (lag 42 pp once 2025 = 108 is in), C's cap crossing, D's stale data; not B", async () => {
    const r = await callJson(warningsRoute, "/api/v1/warnings?plan=tp", { token: analyst });
    expect(r.status).toBe(200);
    expect(r.body.source).toBe("live");
    warningsResponse.parse(r.body);
    const pairs = r.body.warnings.map((w: any) => [w.targetId, w.kind]);
    expect(pairs).toContainEqual([T.A, "off_track"]);
    expect(pairs).toContainEqual([T.C, "cap_crossing"]);
    expect(pairs).toContainEqual([T.D, "no_data"]);
    expect(pairs.filter(([id]: [number]) => id === T.B || id === T.E)).toEqual([]);
    const a = r.body.warnings.find((w: any) => w.targetId === T.A && w.kind === "off_track");
    // A: (108 − 100) / (200 − 100) = 8 %, time (2025 − 2020) / (2030 − 2020) = 50 %, lag 42 pp
    expect(a.sentence.zh).toBe("完成度 8.0%，时间进度 50.0%，滞后 42.0 个百分点：严重滞后。");
    expect(a.leadUnit).toEqual({ id: U.U1, nameZh: "测试统计局", nameEn: "Test Statistics Bureau" });
    expect(a.trend).toEqual([
      { year: 2020, value: 100 },
      { year: 2024, value: 105 },
      { year: 2025, value: 108 },
    ]);
    const c = r.body.warnings.find((w: any) => w.targetId === T.C && w.kind === "cap_crossing");
    // slope of 100, 120, 140 over 2020, 2022, 2024: 10 a year; headroom 150 − 140 = 10 → 2025
    expect(c.sentence.en).toContain("the cap is crossed in 2025");
    const byUnit = await callJson(warningsRoute, `/api/v1/warnings?plan=tp&unit=${U.U2}`, { token: analyst });
    expect([...new Set(byUnit.body.warnings.map((w: any) => w.targetId))].sort()).toEqual([T.A, T.C].sort((x, y) => x - y));
    const kind = await callJson(warningsRoute, "/api/v1/warnings?plan=tp&kind=no_data", { token: analyst });
    expect(kind.body.warnings.map((w: any) => [w.targetId, w.kind])).toEqual([[T.D, "no_data"]]);
  });

  it("exports the filtered list as CSV (zh headers by default) and XLSX", async () => {
    const csv = await call(warningsRoute, "/api/v1/warnings?plan=tp&kind=off_track&format=csv", { token: analyst });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, for Excel and WPS
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("预警类型,指标,地区,目标年,目标值,状态,牵头单位,依据,近年走势");
    expect(lines[1]).toBe(
      "严重滞后,测试人口,测一市,2030,200,off_track,测试统计局,完成度 8.0%，时间进度 50.0%，滞后 42.0 个百分点：严重滞后。,2020: 100; 2024: 105; 2025: 108",
    );
    const xlsx = await call(warningsRoute, "/api/v1/warnings?plan=tp&format=xlsx", { token: analyst });
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });
});

describe("freeze, revise, results, reopen", () => {
  let frozenA: any;

  it("refuses a non-admin freeze (403)", async () => {
    expect((await callJson(freezeRoute, `/api/v1/rounds/${roundId}/freeze`, { token: analyst, method: "POST", params: { id: String(roundId) } })).status).toBe(
      403,
    );
  });

  it("freezes: status frozen, freezeNo 1, one result per target with the observation versions used, audited", async () => {
    const r = await callJson(freezeRoute, `/api/v1/rounds/${roundId}/freeze`, { token: admin, method: "POST", params: { id: String(roundId) } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: roundId, freezeNo: 1, targets: 4 });
    const again = await callJson(freezeRoute, `/api/v1/rounds/${roundId}/freeze`, { token: admin, method: "POST", params: { id: String(roundId) } });
    expect(again.status).toBe(409);
    const rows = await prisma.roundResult.findMany({ where: { roundId }, orderBy: { targetId: "asc" } });
    expect(rows.map((x) => [x.targetId, x.freezeNo])).toEqual([
      [T.A, 1],
      [T.B, 1],
      [T.C, 1],
      [T.D, 1],
    ]);
    const usedA = await prisma.observation.findMany({ where: { indicatorId: pop, regionAdcode: "T00001" }, orderBy: { year: "asc" }, select: { id: true } });
    expect([...rows[0]!.observationIds].sort((a, b) => a - b)).toEqual(usedA.map((o) => o.id));
    expect(await prisma.auditLog.count({ where: { action: "round.freeze", entityId: String(roundId) } })).toBe(1);
    const res = await callJson(resultsRoute, `/api/v1/rounds/${roundId}/results`, { token: analyst, params: { id: String(roundId) } });
    expect(res.status).toBe(200);
    frozenA = res.body.entries.find((e: any) => e.targetId === T.A);
    expect(frozenA).toMatchObject({ status: "off_track", basis: { year: 2025, value: 108 }, completion: 0.08 });
    expect(Object.keys(frozenA)).not.toContain("observations");
    expect(res.body.revisedSince).toEqual([]);
  });

  it("a later revision of A's 2025 figure changes live progress, never the frozen result, and is marked revised since the round", async () => {
    const obs = await callJson(postObservation, "/api/v1/observations", {
      token: analyst,
      body: { indicator: "tp_pop", region: "T00001", year: 2025, value: 125, source: "revision" },
    });
    expect([200, 201]).toContain(obs.status);
    // live: (125 − 100) / 100 = 25 %, time 50 %, lag 25 pp → at risk (≤ 30 pp)
    const live = await callJson(progressRoute, "/api/v1/progress?plan=tp&indicator=tp_pop&region=T00001", { token: analyst });
    const liveA = live.body.entries.find((e: any) => e.targetId === T.A);
    expect(liveA).toMatchObject({ status: "at_risk", basis: { year: 2025, value: 125 } });
    const res = await callJson(resultsRoute, `/api/v1/rounds/${roundId}/results`, { token: analyst, params: { id: String(roundId) } });
    const a = res.body.entries.find((e: any) => e.targetId === T.A);
    expect(a).toEqual(frozenA);
    roundResults.parse(res.body);
    expect(res.body.revisedSince).toEqual([
      {
        targetId: T.A,
        changed: ["status", "basis", "latest", "completion"],
        live: { status: "at_risk", basis: { year: 2025, value: 125 }, latest: { year: 2025, value: 125 }, completion: 0.25 },
      },
    ]);
    // the round's early warnings come from the frozen results: A still off track there
    const w = await callJson(warningsRoute, `/api/v1/warnings?plan=tp&round=${roundId}`, { token: analyst });
    expect(w.body.source).toBe("frozen");
    expect(w.body.warnings.map((x: any) => [x.targetId, x.kind])).toContainEqual([T.A, "off_track"]);
  });

  it("reopening needs an admin (403) and a reason (422), is audited, keeps the earlier results; a new freeze is number 2", async () => {
    const reopen = (token: string, body: unknown) =>
      callJson(reopenRoute, `/api/v1/rounds/${roundId}/reopen`, { token, body, params: { id: String(roundId) } });
    expect((await reopen(analyst, { reason: "x" })).status).toBe(403);
    expect((await reopen(admin, {})).status).toBe(422);
    expect((await reopen(admin, { reason: "   " })).status).toBe(422);
    const r = await reopen(admin, { reason: "统计局更正了2025年数据" });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ id: roundId, status: "open" });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "round.reopen", entityId: String(roundId) } });
    expect(audit.meta).toEqual({ reason: "统计局更正了2025年数据" });
    expect((await reopen(admin, { reason: "again" })).status).toBe(409);
    const f2 = await callJson(freezeRoute, `/api/v1/rounds/${roundId}/freeze`, { token: admin, method: "POST", params: { id: String(roundId) } });
    expect(f2.body.freezeNo).toBe(2);
    expect(await prisma.roundResult.count({ where: { roundId } })).toBe(8);
    const res = await callJson(resultsRoute, `/api/v1/rounds/${roundId}/results`, { token: analyst, params: { id: String(roundId) } });
    expect(res.body).toMatchObject({ freezeNo: 2, status: "frozen", revisedSince: [] });
    expect(res.body.entries.find((e: any) => e.targetId === T.A).status).toBe("at_risk");
  });
});

describe("a saved report with early warnings", () => {
  it("carries the warnings of its selection's targets when asked, none otherwise", async () => {
    const selection = { plan: "tp", indicators: ["tp_pop"], regions: [], years: { from: 2020, to: 2030 } };
    const make = (warnings: boolean) =>
      callJson(postReport, "/api/v1/reports", { token: analyst, body: { title: `w ${warnings}`, selection: { ...selection, warnings } } });
    const withW = await make(true);
    expect(withW.status).toBe(201);
    expect(withW.body.report.selection.warnings).toBe(true);
    const id = withW.body.report.id;
    const r = await callJson(getReport, `/api/v1/reports/${id}`, { token: analyst, params: { id: String(id) } });
    // live now: A revised to 125 → (125 − 100)/100 = 25 %, lag 25 pp → at risk; tp_land targets are outside the selection
    expect(r.body.data.warnings.map((w: any) => [w.targetId, w.kind])).toEqual([[T.A, "at_risk"]]);
    const without = await make(false);
    const r2 = await callJson(getReport, `/api/v1/reports/${without.body.report.id}`, { token: analyst, params: { id: String(without.body.report.id) } });
    expect(r2.body.data.warnings).toBeNull();
  });
});
