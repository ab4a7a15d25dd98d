// Units, assignments and the submit → review → accept loop, through the API against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postObs } from "@/app/api/v1/observations/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { GET as listUnits, POST as postUnit } from "@/app/api/v1/units/route";
import { PATCH as patchUnit } from "@/app/api/v1/units/[id]/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import { PUT as putAssignment } from "@/app/api/v1/targets/[id]/assignment/route";
import { PUT as putSeries } from "@/app/api/v1/series-assignment/route";
import { GET as listSubs } from "@/app/api/v1/submissions/route";
import { POST as accept } from "@/app/api/v1/submissions/[id]/accept/route";
import { POST as giveBack } from "@/app/api/v1/submissions/[id]/return/route";
import { PATCH as patchSettings } from "@/app/api/v1/plans/[slug]/settings/route";
import { prisma } from "@/lib/db";
import { submissionItem, unitItem } from "@/lib/api/openapi-submissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

const tok = { admin: "", analyst: "", analyst2: "", reporter: "", otherReporter: "", viewer: "" };
const ids = { reporter: 0, analyst: 0, luzhouTarget: 0, unitA: 0, unitB: 0, unitC: 0 };

const figure = (over: Record<string, unknown> = {}) => ({
  region: "泸州",
  indicator: "urban_population",
  year: 2019,
  value: "1,650,000",
  unit: "人",
  source: "泸州市统计公报2019",
  ...over,
});
const submit = (token: string, body: unknown) => callJson(postObs, "/api/v1/observations", { token, body });
const subs = (token: string, q = "") => callJson(listSubs, `/api/v1/submissions${q}`, { token });
const acceptAs = (token: string, id: number, body: unknown = {}) =>
  callJson(accept, `/api/v1/submissions/${id}/accept`, { token, params: { id: String(id) }, body });
const returnAs = (token: string, id: number, comment: string) =>
  callJson(giveBack, `/api/v1/submissions/${id}/return`, { token, params: { id: String(id) }, body: { comment } });
const luzhouProgress = async () =>
  (await callJson(getProgress, "/api/v1/progress?plan=chengyu-2016&indicator=urban_population&region=510500", { token: tok.viewer })).body.entries[0];

describe("units, assignments and submissions", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    for (const role of ["admin", "analyst", "analyst2", "reporter", "otherReporter", "viewer"] as const) {
      const r = role === "analyst2" ? "analyst" : role === "otherReporter" ? "reporter" : role;
      const { user, token } = await createUser(r);
      tok[role] = token;
      if (role === "reporter") ids.reporter = user.id;
      if (role === "analyst") ids.analyst = user.id;
    }
    ids.luzhouTarget = (await prisma.target.findFirstOrThrow({ where: { indicator: { code: "urban_population" }, regionAdcode: "510500" } })).id;
  });

  it("admins create, list and edit units (201 {id}); others may not create them", async () => {
    const a = await callJson(postUnit, "/api/v1/units", {
      token: tok.admin,
      body: { nameZh: "泸州市统计局", nameEn: "Luzhou Statistics Bureau", kind: "统计" },
    });
    expect(a.status).toBe(201);
    expect(a.body.id).toEqual(expect.any(Number));
    ids.unitA = a.body.id;
    ids.unitB = (await callJson(postUnit, "/api/v1/units", { token: tok.admin, body: { nameZh: "泸州市发展改革委", nameEn: "Luzhou DRC" } })).body.id;
    ids.unitC = (
      await callJson(postUnit, "/api/v1/units", { token: tok.admin, body: { nameZh: "绵阳市统计局", nameEn: "Mianyang Statistics Bureau" } })
    ).body.id;
    expect((await callJson(postUnit, "/api/v1/units", { token: tok.analyst, body: { nameZh: "x", nameEn: "x" } })).status).toBe(403);
    expect((await callJson(postUnit, "/api/v1/units", { token: tok.admin, body: { nameZh: "泸州市统计局", nameEn: "dup" } })).status).toBe(409);
    const edited = await callJson(patchUnit, `/api/v1/units/${ids.unitB}`, {
      token: tok.admin,
      method: "PATCH",
      params: { id: String(ids.unitB) },
      body: { contact: "0830-1234567" },
    });
    expect(edited.body.unit).toMatchObject({ nameZh: "泸州市发展改革委", contact: "0830-1234567", active: true });
    const list = await callJson(listUnits, "/api/v1/units", { token: tok.reporter });
    expect(list.body.units.map((u: { nameZh: string }) => u.nameZh)).toEqual(["泸州市统计局", "泸州市发展改革委", "绵阳市统计局"]);
    const audit = await prisma.auditLog.findMany({ where: { entityType: "unit" }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((x) => x.action)).toEqual(["unit.create", "unit.create", "unit.create", "unit.update"]);
    // the reporters of the tests belong to units A and C
    await prisma.user.updateMany({ where: { id: ids.reporter }, data: { unitId: ids.unitA } });
    await prisma.user.updateMany({ where: { role: "reporter", id: { not: ids.reporter } }, data: { unitId: ids.unitC } });
  });

  it("POST /users takes role reporter with its unit, and refuses a reporter without one", async () => {
    const ok = await callJson(postUser, "/api/v1/users", {
      token: tok.admin,
      body: { email: "r@example.com", password: "long enough password", role: "reporter", name: "报送员", unitId: ids.unitA },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.user).toMatchObject({ role: "reporter", unitId: ids.unitA });
    const bad = await callJson(postUser, "/api/v1/users", {
      token: tok.admin,
      body: { email: "r2@example.com", password: "long enough password", role: "reporter", name: "无单位" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe("unitId");
  });

  it("PUT /targets/{id}/assignment replaces the target's units, audited with before and after", async () => {
    const put = (body: unknown) =>
      callJson(putAssignment, `/api/v1/targets/${ids.luzhouTarget}/assignment`, {
        token: tok.admin,
        method: "PUT",
        params: { id: String(ids.luzhouTarget) },
        body,
      });
    expect((await put({ leadUnitId: ids.unitB, supportUnitIds: [] })).status).toBe(200);
    const r = await put({ leadUnitId: ids.unitA, supportUnitIds: [ids.unitB, ids.unitA] });
    expect(r.status).toBe(200);
    expect(r.body.assignment).toMatchObject({ lead: { id: ids.unitA, nameZh: "泸州市统计局" }, support: [{ id: ids.unitB }] });
    expect(await prisma.targetUnit.count({ where: { targetId: ids.luzhouTarget } })).toBe(2);
    const audit = await prisma.auditLog.findFirst({ where: { action: "target.assign" }, orderBy: { id: "desc" } });
    expect(audit?.before).toEqual({ lead: ids.unitB, support: [] });
    expect(audit?.after).toEqual({ lead: ids.unitA, support: [ids.unitB] });
    expect((await put({ leadUnitId: 9999, supportUnitIds: [] })).status).toBe(422);
    const asAnalyst = await callJson(putAssignment, `/api/v1/targets/${ids.luzhouTarget}/assignment`, {
      token: tok.analyst,
      method: "PUT",
      params: { id: String(ids.luzhouTarget) },
      body: { leadUnitId: null },
    });
    expect(asAnalyst.status).toBe(403);
  });

  it("a reporter submits only for what their unit is assigned (403 with a bilingual message otherwise); nothing counts yet", async () => {
    const before = await luzhouProgress();
    expect(before.latest).toBeNull();
    const r = await submit(tok.reporter, figure());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ id: expect.any(Number), status: "submitted" });
    const row = await prisma.submission.findUniqueOrThrow({ where: { id: r.body.id } });
    // converted like any entry: 1,650,000 人 → 165 万人
    expect(row).toMatchObject({ valueAsEntered: "1650000", unitAsEntered: "人", unitId: ids.unitA, submittedById: ids.reporter, status: "submitted" });
    expect(row.value.toString()).toBe("165");
    // another city's series, and another unit's reporter
    const mianyang = await submit(tok.reporter, figure({ region: "绵阳" }));
    expect(mianyang.status).toBe(403);
    expect(mianyang.body.error.message.zh).toContain("未分配给您的单位");
    expect(mianyang.body.error.message.en).toContain("not assigned to your unit");
    expect((await submit(tok.otherReporter, figure())).status).toBe(403);
    expect((await submit(tok.viewer, figure())).status).toBe(403);
    // official figures and progress read Observations only
    expect(await prisma.observation.count({ where: { regionAdcode: "510500", indicator: { code: "urban_population" } } })).toBe(0);
    expect((await luzhouProgress()).latest).toBeNull();
    // audited
    expect(await prisma.auditLog.count({ where: { action: "submission.create", entityId: String(r.body.id) } })).toBe(1);
  });

  it("a series assigned through PUT /series-assignment may be submitted whatever the target", async () => {
    const put = await callJson(putSeries, "/api/v1/series-assignment", {
      token: tok.admin,
      method: "PUT",
      body: { indicator: "urban_population", region: "510700", leadUnitId: ids.unitC, supportUnitIds: [] },
    });
    expect(put.status).toBe(200);
    expect(put.body.assignment.lead.id).toBe(ids.unitC);
    const r = await submit(tok.otherReporter, figure({ region: "绵阳", value: 120, unit: "万人", year: 2018 }));
    expect(r.status).toBe(201);
    expect(await prisma.auditLog.count({ where: { action: "series.assign" } })).toBe(1);
  });

  it("the reviewer's queue holds it with the official value beside it; a reporter sees their unit's only", async () => {
    const queue = (await subs(tok.analyst, "?status=submitted")).body.submissions;
    const luzhou = queue.find((s: { region: { adcode: string } }) => s.region.adcode === "510500");
    expect(luzhou).toMatchObject({ value: 165, unit: "万人", status: "submitted", current: null, responsibleUnit: { id: ids.unitA } });
    expect(queue).toHaveLength(2);
    expect((await subs(tok.reporter)).body.submissions.map((s: { region: { adcode: string } }) => s.region.adcode)).toEqual(["510500"]);
    expect((await subs(tok.otherReporter)).body.submissions.map((s: { region: { adcode: string } }) => s.region.adcode)).toEqual(["510700"]);
    expect((await subs(tok.viewer)).status).toBe(403);
  });

  it("return with a comment: the reporter sees it and resubmits (replacesId); accepting makes it count", async () => {
    const [pending] = (await subs(tok.reporter, "?status=submitted")).body.submissions;
    expect((await acceptAs(tok.reporter, pending.id)).status).toBe(403);
    const back = await returnAs(tok.analyst, pending.id, "请核对：应为城区人口");
    expect(back.status).toBe(200);
    const mine = (await subs(tok.reporter, "?status=returned")).body.submissions;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: pending.id, reviewComment: "请核对：应为城区人口", reviewedBy: { id: ids.analyst } });
    const audit = await prisma.auditLog.findFirst({ where: { action: "submission.return", entityId: String(pending.id) } });
    expect(audit?.meta).toMatchObject({ comment: "请核对：应为城区人口", submittedById: ids.reporter, unitId: ids.unitA });
    // a returned submission is done with
    expect((await acceptAs(tok.analyst, pending.id)).status).toBe(409);

    const again = await submit(tok.reporter, figure({ value: "1,700,000" }));
    expect(again.status).toBe(201);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: again.body.id } })).replacesId).toBe(pending.id);
    expect((await luzhouProgress()).latest).toBeNull();

    const ok = await acceptAs(tok.analyst, again.body.id);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      status: "accepted",
      observation: { value: 170, unit: "万人", valueAsEntered: "1700000", unitAsEntered: "人", version: 1 },
    });
    const latest = (await luzhouProgress()).latest;
    expect(latest).toMatchObject({ year: 2019, value: 170 });
    const obs = await prisma.observation.findUniqueOrThrow({ where: { id: ok.body.observation.id } });
    expect(obs.createdById).toBe(ids.reporter);
    const row = await prisma.submission.findUniqueOrThrow({ where: { id: again.body.id } });
    expect(row).toMatchObject({ status: "accepted", observationId: obs.id });
    const actions = (await prisma.auditLog.findMany({ where: { actorId: ids.analyst }, orderBy: { id: "asc" }, select: { action: true } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["submission.return", "observation.create", "submission.accept"]);
    expect((await acceptAs(tok.analyst2, again.body.id)).status).toBe(409);
  });

  it("accepting refuses (409) when an official figure was recorded since the submission, unless the reviewer names it", async () => {
    const s = await submit(tok.reporter, figure({ value: 171, unit: "万人" }));
    // someone records an official figure in between
    const direct = await submit(tok.analyst2, figure({ value: 172, unit: "万人", source: "修订" }));
    expect(direct.status).toBe(201);
    const stale = await acceptAs(tok.analyst, s.body.id);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ value: 172 });
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: s.body.id } })).status).toBe("submitted");
    const ok = await acceptAs(tok.analyst, s.body.id, { baseVersionId: direct.body.observation.id });
    expect(ok.status).toBe(200);
    expect(ok.body.observation).toMatchObject({ value: 171, version: 3 });
  });

  it("four-eyes: an analyst's own entry becomes a submission that another reviewer, never the analyst, accepts", async () => {
    expect(
      (
        await callJson(patchSettings, "/api/v1/plans/chengyu-2016/settings", {
          token: tok.admin,
          method: "PATCH",
          params: { slug: "chengyu-2016" },
          body: { fourEyes: true },
        })
      ).status,
    ).toBe(200);
    const own = await submit(tok.analyst, figure({ year: 2018, value: 160, unit: "万人" }));
    expect(own.status).toBe(201);
    expect(own.body.status).toBe("submitted");
    const self = await acceptAs(tok.analyst, own.body.id);
    expect(self.status).toBe(403);
    expect(self.body.error.message.en).toContain("your own submission");
    const other = await acceptAs(tok.analyst2, own.body.id);
    expect(other.status).toBe(200);
    // an admin's entry stays official at once
    const admin = await submit(tok.admin, figure({ year: 2017, value: 150, unit: "万人" }));
    expect(admin.status).toBe(201);
    expect(admin.body.observation.version).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "submission.accept" } })).toBe(3);
  });

  it("answers in the shapes the OpenAPI document names (strict: no unnamed field)", async () => {
    const list = await subs(tok.analyst);
    expect(list.body.submissions.length).toBeGreaterThan(4);
    for (const item of list.body.submissions) expect(submissionItem.safeParse(item).error).toBeUndefined();
    for (const u of (await callJson(listUnits, "/api/v1/units", { token: tok.viewer })).body.units) expect(unitItem.safeParse(u).error).toBeUndefined();
  });
});
