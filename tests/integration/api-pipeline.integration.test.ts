import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { POST as postAssessment } from "@/app/api/v1/goals/[key]/assessments/route";
import { POST as createReport } from "@/app/api/v1/reports/route";
import { DELETE as deleteReport, GET as getReport, PATCH as patchReport } from "@/app/api/v1/reports/[id]/route";
import { POST as duplicateReport } from "@/app/api/v1/reports/[id]/duplicate/route";
import { GET as exportReport } from "@/app/api/v1/reports/[id]/export/route";
import { GET as listShares, POST as createShare } from "@/app/api/v1/reports/[id]/shares/route";
import { DELETE as revokeShare } from "@/app/api/v1/shares/[id]/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { GET as getRegions } from "@/app/api/v1/regions/route";
import { errorResponse } from "@/lib/api/respond";
import { createLogger } from "@/lib/log";
import { seedAll } from "@/prisma/seed";
import { callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

// Every handler reads its body and parameters the same way: a bad input is a 422
// whose issues name the field and say what is wrong in Chinese and in English,
// never zod's own English text and never a 500.

type P = { id: string };
type Issue = { path: string; message: { zh: string; en: string } };
const selection = { plan: "chengyu-2016", indicators: ["urban_population"], regions: ["510500"], years: { from: 2014, to: 2020 } };
let analyst = "";
let reportId = 0;

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  analyst = (await createUser("analyst")).token;
  reportId = (await callJson(createReport, "/api/v1/reports", { token: analyst, body: { title: "pipeline", selection } })).body.report.id;
});

function expectIssue(res: { status: number; body: any }, path: string, zh: string, en: string) {
  expect(res.status).toBe(422);
  expect(res.body.error.code).toBe("VALIDATION");
  // the same headline as every other handler's validation error
  expect(res.body.error.message).toEqual({ zh: "输入有误，请检查标出的字段", en: "Some fields need correcting" });
  const issue = (res.body.error.issues as Issue[]).find((i) => i.path === path);
  expect(issue, JSON.stringify(res.body.error.issues)).toBeDefined();
  expect(issue!.message).toEqual({ zh, en });
}

const withId = (id: string) => ({ token: analyst, params: { id } });

describe("bad request bodies → 422 with the field and a zh+en message", () => {
  it("POST /reports: an empty title", async () => {
    const res = await callJson(createReport, "/api/v1/reports", { token: analyst, body: { title: " ", selection } });
    expectIssue(res, "title", "必填", "required");
  });

  it("POST /reports: years.to before years.from", async () => {
    const res = await callJson(createReport, "/api/v1/reports", {
      token: analyst,
      body: { title: "x", selection: { ...selection, years: { from: 2020, to: 2014 } } },
    });
    expectIssue(res, "selection.years.to", "结束年份不能早于起始年份", "the last year must not be before the first");
  });

  it("POST /reports: an unknown visibility names the choices", async () => {
    const res = await callJson(createReport, "/api/v1/reports", { token: analyst, body: { title: "x", selection, visibility: "public" } });
    expectIssue(res, "visibility", "应为以下之一：private、team", "must be one of: private, team");
  });

  it("PATCH /reports/{id}: a missing version", async () => {
    const res = await callJson<any, P>(patchReport, `/api/v1/reports/${reportId}`, { ...withId(String(reportId)), method: "PATCH", body: { title: "y" } });
    expectIssue(res, "version", "必填", "required");
  });

  it("PATCH /reports/{id}: a body that is not JSON", async () => {
    const res = await callJson<any, P>(patchReport, `/api/v1/reports/${reportId}`, {
      ...withId(String(reportId)),
      method: "PATCH",
      rawBody: "{nope",
      contentType: "application/json",
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toEqual({ zh: "请求体应为 JSON", en: "The request body must be JSON" });
  });

  it("POST /reports/{id}/duplicate: a title that is too long (an empty body is fine)", async () => {
    const res = await callJson<any, P>(duplicateReport, `/api/v1/reports/${reportId}/duplicate`, {
      ...withId(String(reportId)),
      body: { title: "长".repeat(201) },
    });
    expectIssue(res, "title", "最多 200 个字符", "at most 200 characters");
    const empty = await callJson<any, P>(duplicateReport, `/api/v1/reports/${reportId}/duplicate`, { ...withId(String(reportId)), method: "POST" });
    expect(empty.status).toBe(201);
  });

  it("POST /reports/{id}/shares: allowExport that is not a boolean", async () => {
    const res = await callJson<any, P>(createShare, `/api/v1/reports/${reportId}/shares`, { ...withId(String(reportId)), body: { allowExport: "yes" } });
    expectIssue(res, "allowExport", "应为 true 或 false", "must be true or false");
  });

  it("POST /goals/{key}/assessments: an empty narrative and a javascript: link", async () => {
    const body = { year: 2020, rating: "lagging", narrative: "", evidence: [{ title: "x", url: "javascript:alert(1)" }] };
    const res = await callJson<any, { key: string }>(postAssessment, "/api/v1/goals/goal-2020/assessments", {
      token: analyst,
      body,
      params: { key: "goal-2020" },
    });
    expectIssue(res, "narrative", "必填", "required");
    expectIssue(res, "evidence.0.url", "应为 http(s) 开头的完整网址", "must be a full http(s) URL");
  });

  it("POST /goals/{key}/assessments: a body that is not JSON", async () => {
    const res = await callJson<any, { key: string }>(postAssessment, "/api/v1/goals/goal-2020/assessments", {
      token: analyst,
      rawBody: "rating=good",
      contentType: "application/json",
      params: { key: "goal-2020" },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toEqual({ zh: "请求体应为 JSON", en: "The request body must be JSON" });
  });
});

describe("bad route ids and query strings → 422 naming the parameter", () => {
  it.each([
    ["GET /reports/{id}", () => callJson<any, P>(getReport, "/api/v1/reports/abc", withId("abc"))],
    ["PATCH /reports/{id}", () => callJson<any, P>(patchReport, "/api/v1/reports/0", { ...withId("0"), method: "PATCH", body: { version: 1 } })],
    ["DELETE /reports/{id}", () => callJson<any, P>(deleteReport, "/api/v1/reports/-1", { ...withId("-1"), method: "DELETE" })],
    ["POST /reports/{id}/duplicate", () => callJson<any, P>(duplicateReport, "/api/v1/reports/x/duplicate", { ...withId("x"), body: {} })],
    ["GET /reports/{id}/export", () => callJson<any, P>(exportReport, "/api/v1/reports/x/export", withId("x"))],
    ["GET /reports/{id}/shares", () => callJson<any, P>(listShares, "/api/v1/reports/x/shares", withId("x"))],
    ["DELETE /shares/{id}", () => callJson<any, P>(revokeShare, "/api/v1/shares/x", { ...withId("x"), method: "DELETE" })],
  ])("%s with a bad id", async (_name, call) => {
    const res = await call();
    expect(res.status).toBe(422);
    const issue = (res.body.error.issues as Issue[]).find((i) => i.path === "id");
    expect(issue?.message).toEqual({ zh: "应为正整数", en: "must be a positive whole number" });
  });

  it("GET /progress: a bad asOf says which forms are accepted, in both languages", async () => {
    const res = await callJson(getProgress, "/api/v1/progress?asOf=yesterday", { token: analyst });
    expectIssue(res, "asOf", "日期应为 YYYY-MM-DD 或带时区的 ISO 8601 时间", "asOf: YYYY-MM-DD or an ISO 8601 timestamp with offset");
  });

  it("GET /regions: a search text that is too long", async () => {
    const res = await callJson(getRegions, `/api/v1/regions?q=${"x".repeat(51)}`, { token: analyst });
    expectIssue(res, "q", "最多 50 个字符", "at most 50 characters");
  });
});

describe("a ZodError that reaches the error mapper", () => {
  it("is a bug of the code, not of the caller: a plain 500, logged once with its stack", async () => {
    const lines: string[] = [];
    const log = createLogger({ write: (l: string) => void lines.push(l) }, "info");
    const e = z.object({ plan: z.string() }).safeParse({ plan: 1 }).error!;
    const res = errorResponse(e, log);
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe("INTERNAL");
    const errors = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: "unhandled error", err: { type: "ZodError", stack: expect.any(String) } });
  });
});
