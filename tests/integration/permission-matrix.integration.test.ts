// Every write endpoint × every kind of caller, against the one policy (lib/permissions.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postObservation } from "@/app/api/v1/observations/route";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { POST as retract } from "@/app/api/v1/observations/[id]/retract/route";
import { POST as postIndicator } from "@/app/api/v1/indicators/route";
import { PATCH as patchIndicator } from "@/app/api/v1/indicators/[code]/route";
import { POST as postTarget } from "@/app/api/v1/targets/route";
import { PATCH as patchTarget } from "@/app/api/v1/targets/[id]/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import { PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { POST as postToken } from "@/app/api/v1/tokens/route";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[id]/route";
import { POST as postUnit } from "@/app/api/v1/units/route";
import { PATCH as patchUnit } from "@/app/api/v1/units/[id]/route";
import { PUT as putAssignment } from "@/app/api/v1/targets/[id]/assignment/route";
import { PUT as putSeriesAssignment } from "@/app/api/v1/series-assignment/route";
import { POST as acceptSubmission } from "@/app/api/v1/submissions/[id]/accept/route";
import { POST as returnSubmission } from "@/app/api/v1/submissions/[id]/return/route";
import { generateToken } from "@/lib/auth/api-tokens";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { call } from "../support/api";
import { createUser } from "../support/factories";

type Caller = "anonymous" | "viewer" | "reporter" | "analyst" | "admin" | "revoked";
interface Ctx {
  token?: string;
  userId: number;
}
let n = 0;
const ctx = {} as Record<Caller, Ctx>;
let someUserId = 0;
let targetId = 0;
let unitId = 0;
// submissions by someone else, for each caller to review (years nobody else writes)
let submissionYear = 2020;
async function freshSubmissionId(): Promise<number> {
  const gdp = await prisma.indicator.findUniqueOrThrow({ where: { code: "gdp" } });
  const s = await prisma.submission.create({
    data: { indicatorId: gdp.id, regionAdcode: "510500", year: ++submissionYear, value: "1000", source: "matrix", submittedById: someUserId },
  });
  return s.id;
}

const next = () => ++n;
async function freshObservationId(): Promise<number> {
  const o = await prisma.observation.create({
    data: {
      indicator: { connect: { code: "gdp" } },
      region: { connect: { adcode: "510500" } },
      year: 1949 + (next() % 70),
      version: 1000 + n,
      source: "matrix",
    },
  });
  return o.id;
}

const ENDPOINTS: Record<string, (c: Ctx) => Promise<Response>> = {
  "POST /observations": (c) =>
    call(postObservation, "/api/v1/observations", {
      token: c.token,
      body: { region: "泸州", indicator: "gdp", year: 2000, value: 100 + next(), source: "matrix" },
    }),
  "POST /observations/import": (c) =>
    call(importFile, "/api/v1/observations/import?confirmWarnings=true", {
      token: c.token,
      method: "POST",
      rawBody: `region,indicator,year,value,source\n泸州,gdp,2001,${next()},matrix\n`,
      contentType: "text/csv",
    }),
  "POST /observations/{id}/retract": async (c) => {
    const id = await freshObservationId();
    return call(retract, `/api/v1/observations/${id}/retract`, { token: c.token, params: { id: String(id) }, body: { reason: "matrix" } });
  },
  "POST /indicators": (c) =>
    call(postIndicator, "/api/v1/indicators", { token: c.token, body: { code: `matrix_${next()}`, nameZh: "测试", nameEn: "Test", unit: "万人" } }),
  "PATCH /indicators/{code}": (c) =>
    call(patchIndicator, "/api/v1/indicators/gdp", { token: c.token, method: "PATCH", params: { code: "gdp" }, body: { definitionEn: `edited ${next()}` } }),
  "POST /targets": (c) =>
    call(postTarget, "/api/v1/targets", {
      token: c.token,
      body: { indicator: "gdp", region: "泸州", year: 2030 + (next() % 60), value: 3000, type: "min", clause: "matrix" },
    }),
  "PATCH /targets/{id}": (c) =>
    call(patchTarget, `/api/v1/targets/${targetId}`, { token: c.token, method: "PATCH", params: { id: String(targetId) }, body: { value: 150 + next() } }),
  "POST /users": (c) =>
    call(postUser, "/api/v1/users", { token: c.token, body: { email: `m${next()}@example.com`, password: "long enough password", role: "viewer", name: "M" } }),
  "PATCH /users/{id}": (c) =>
    call(patchUser, `/api/v1/users/${someUserId}`, {
      token: c.token,
      method: "PATCH",
      params: { id: String(someUserId) },
      body: { name: `Renamed ${next()}` },
    }),
  "POST /tokens": (c) => call(postToken, "/api/v1/tokens", { token: c.token, body: { name: `script ${next()}` } }),
  "POST /units": (c) => call(postUnit, "/api/v1/units", { token: c.token, body: { nameZh: `单位${next()}`, nameEn: `Unit ${n}` } }),
  "PATCH /units/{id}": (c) =>
    call(patchUnit, `/api/v1/units/${unitId}`, { token: c.token, method: "PATCH", params: { id: String(unitId) }, body: { contact: `tel ${next()}` } }),
  "PUT /targets/{id}/assignment": (c) =>
    call(putAssignment, `/api/v1/targets/${targetId}/assignment`, {
      token: c.token,
      method: "PUT",
      params: { id: String(targetId) },
      body: { leadUnitId: unitId, supportUnitIds: [] },
    }),
  "PUT /series-assignment": (c) =>
    call(putSeriesAssignment, "/api/v1/series-assignment", { token: c.token, method: "PUT", body: { indicator: "gdp", region: "510500", leadUnitId: unitId } }),
  "POST /submissions/{id}/accept": async (c) => {
    const id = await freshSubmissionId();
    return call(acceptSubmission, `/api/v1/submissions/${id}/accept`, { token: c.token, params: { id: String(id) } });
  },
  "POST /submissions/{id}/return": async (c) => {
    const id = await freshSubmissionId();
    return call(returnSubmission, `/api/v1/submissions/${id}/return`, { token: c.token, params: { id: String(id) }, body: { comment: "matrix" } });
  },
  "DELETE /tokens/{id}": async (c) => {
    // each caller revokes a token of its own (the anonymous caller one of the viewer's)
    const { hash, prefix } = generateToken();
    const t = await prisma.apiToken.create({ data: { userId: c.userId || ctx.viewer.userId, name: "to revoke", tokenHash: hash, prefix } });
    return call(deleteToken, `/api/v1/tokens/${t.id}`, { token: c.token, method: "DELETE", params: { id: String(t.id) } });
  },
};

// What each role may do (lib/permissions.ts); anonymous and revoked tokens are always 401.
const OK: Record<string, number> = {
  "POST /observations": 201,
  "POST /observations/import": 200,
  "POST /observations/{id}/retract": 201,
  "POST /indicators": 201,
  "PATCH /indicators/{code}": 200,
  "POST /targets": 201,
  "PATCH /targets/{id}": 200,
  "POST /users": 201,
  "PATCH /users/{id}": 200,
  // every caller here is authenticated by an API token, and a token may not mint tokens
  "POST /tokens": 403,
  "DELETE /tokens/{id}": 200,
  "POST /units": 201,
  "PATCH /units/{id}": 200,
  "PUT /targets/{id}/assignment": 200,
  "PUT /series-assignment": 200,
  "POST /submissions/{id}/accept": 200,
  "POST /submissions/{id}/return": 200,
};
const ANALYST_MAY = new Set([
  "POST /observations",
  "POST /observations/import",
  "POST /observations/{id}/retract",
  "POST /indicators",
  "PATCH /indicators/{code}",
  "POST /tokens",
  "DELETE /tokens/{id}",
  "POST /submissions/{id}/accept",
  "POST /submissions/{id}/return",
]);
const VIEWER_MAY = new Set(["POST /tokens", "DELETE /tokens/{id}"]);
// a reporter reads like a viewer; POST /observations for gdp 泸州 is refused because that
// series is not assigned to the reporter's unit (what is: tests/integration/submissions.integration.test.ts)
const REPORTER_MAY = VIEWER_MAY;

function expected(endpoint: string, caller: Caller): number {
  if (caller === "anonymous" || caller === "revoked") return 401;
  if (caller === "admin") return OK[endpoint]!;
  const may = caller === "analyst" ? ANALYST_MAY : caller === "reporter" ? REPORTER_MAY : VIEWER_MAY;
  return may.has(endpoint) ? OK[endpoint]! : 403;
}

const CALLERS: Caller[] = ["anonymous", "viewer", "reporter", "analyst", "admin", "revoked"];
const TABLE = Object.keys(ENDPOINTS).flatMap((endpoint) => CALLERS.map((caller) => [endpoint, caller, expected(endpoint, caller)] as const));

describe("role × write endpoint matrix", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    unitId = (await prisma.unit.create({ data: { nameZh: "矩阵单位", nameEn: "Matrix unit" } })).id;
    for (const role of ["viewer", "reporter", "analyst", "admin"] as const) {
      const { user, token } = await createUser(role);
      ctx[role] = { token, userId: user.id };
      if (role === "reporter") await prisma.user.update({ where: { id: user.id }, data: { unitId } });
    }
    const revoked = await createUser("admin");
    await prisma.apiToken.updateMany({ where: { userId: revoked.user.id }, data: { revokedAt: new Date() } });
    ctx.revoked = { token: revoked.token, userId: revoked.user.id };
    ctx.anonymous = { userId: 0 };
    someUserId = (await createUser("viewer")).user.id;
    targetId = (await prisma.target.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  });

  it.each(TABLE)("%s as %s → %i", async (endpoint, caller, status) => {
    const res = await ENDPOINTS[endpoint]!(ctx[caller]);
    if (res.status !== status) console.error(endpoint, caller, await res.text());
    expect(res.status).toBe(status);
  });

  it("audits every allowed write (nothing for refused ones)", async () => {
    const actions = (
      await prisma.auditLog.findMany({
        where: { actorId: { in: [ctx.analyst.userId, ctx.admin.userId, ctx.viewer.userId, ctx.reporter.userId] } },
        select: { action: true },
      })
    ).map((a) => a.action);
    for (const a of [
      "observation.create",
      "observation.import",
      "observation.retract",
      "indicator.create",
      "indicator.update",
      "target.create",
      "target.update",
      "user.create",
      "user.rename",
      "token.revoke",
      "unit.create",
      "unit.update",
      "target.assign",
      "series.assign",
      "submission.accept",
      "submission.return",
    ]) {
      expect(actions).toContain(a);
    }
    const byRevoked = await prisma.auditLog.count({ where: { actorId: ctx.revoked.userId } });
    expect(byRevoked).toBe(0);
  });
});
