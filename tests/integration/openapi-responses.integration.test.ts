import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as listObservations } from "@/app/api/v1/observations/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { GET as listReports, POST as createReport } from "@/app/api/v1/reports/route";
import { PATCH as patchReport } from "@/app/api/v1/reports/[id]/route";
import { GET as listShares, POST as createShare } from "@/app/api/v1/reports/[id]/shares/route";
import { GET as listAllShares } from "@/app/api/v1/shares/route";
import { GET as listTokens } from "@/app/api/v1/tokens/route";
import { GET as listPlans } from "@/app/api/v1/plans/route";
import { GET as listRegions } from "@/app/api/v1/regions/route";
import { GET as getRegion } from "@/app/api/v1/regions/[adcode]/route";
import { GET as listIndicators } from "@/app/api/v1/indicators/route";
import { GET as listTargets } from "@/app/api/v1/targets/route";
import { GET as getGoals } from "@/app/api/v1/goals/route";
import { GET as listUsers } from "@/app/api/v1/users/route";
import { GET as getAudit } from "@/app/api/v1/audit/route";
import { openApiDocument } from "@/lib/api/openapi";
import {
  auditEntry,
  goalItem,
  indicatorItem,
  planSummary,
  regionItem,
  targetPage,
  userItem,
  errorBody,
  listOf,
  observationListResponse,
  progressResponse,
  reportListResponse,
  reportResponse,
  shareCreated,
  shareLink,
  tokenSummary,
} from "@/lib/api/response-schemas";
import { seedAll } from "@/prisma/seed";
import { callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

// The response schemas the OpenAPI document is generated from, checked against real
// responses of the handlers on the seeded plan and sample statistics. The objects are
// strict: a field the API sends but the document does not name fails here too.

type P = { id: string };
const selection = { plan: "chengyu-2016", indicators: ["urban_population"], regions: ["510500", "510700"], years: { from: 2014, to: 2020 } };
let analyst = "";
let admin = "";
let reportId = 0;

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  analyst = (await createUser("analyst")).token;
  admin = (await createUser("admin")).token;
});

function conforms(schema: z.ZodType, res: { status: number; body: unknown }, status = 200) {
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(status);
  const r = schema.safeParse(res.body);
  expect(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 5))).toBe(true);
}

/** The documented schema of a path's response, as generated into the document. */
const documented = (path: string, method: string, status: number) =>
  (openApiDocument.paths[path] as any)[method].responses[String(status)].content["application/json"].schema;

describe("documented responses match real ones", () => {
  it("GET /progress: every entry of the first page", async () => {
    const res = await callJson(getProgress, "/api/v1/progress?limit=50", { token: analyst });
    conforms(progressResponse, res);
    expect((res.body as any).entries.length).toBeGreaterThan(10);
    expect(documented("/progress", "get", 200).properties.entries.items).toEqual({ $ref: "#/components/schemas/ProgressEntry" });
  });

  it("GET /progress as of a day before the figures: entries without data", async () => {
    conforms(progressResponse, await callJson(getProgress, "/api/v1/progress?asOf=2015-01-01", { token: analyst }));
  });

  it("GET /observations", async () => {
    const res = await callJson(listObservations, "/api/v1/observations?indicator=urban_population", { token: analyst });
    conforms(observationListResponse, res);
    expect((res.body as any).observations.length).toBeGreaterThan(0);
    expect(documented("/observations", "get", 200).properties.observations.items).toEqual({ $ref: "#/components/schemas/Observation" });
  });

  it("POST /reports, PATCH /reports/{id} and GET /reports", async () => {
    const created = await callJson(createReport, "/api/v1/reports", {
      token: analyst,
      body: {
        title: "契约",
        selection,
        visibility: "team",
        pinnedAt: "2024-01-01T00:00:00Z",
        annotations: [{ indicatorCode: "urban_population", regionAdcode: "510500", body: "注" }],
      },
    });
    conforms(reportResponse, created, 201);
    reportId = (created.body as any).report.id;
    conforms(
      reportResponse,
      await callJson<any, P>(patchReport, `/api/v1/reports/${reportId}`, {
        token: analyst,
        method: "PATCH",
        body: { version: 1, description: "d" },
        params: { id: String(reportId) },
      }),
    );
    await callJson(createReport, "/api/v1/reports", { token: admin, body: { title: "private", selection } });
    for (const token of [analyst, admin]) {
      const list = await callJson(listReports, "/api/v1/reports", { token });
      conforms(reportListResponse, list);
      expect([...(list.body as any).mine, ...(list.body as any).team].length).toBeGreaterThan(0);
    }
  });

  it("share links and tokens", async () => {
    conforms(
      shareCreated,
      await callJson<any, P>(createShare, `/api/v1/reports/${reportId}/shares`, { token: analyst, body: {}, params: { id: String(reportId) } }),
      201,
    );
    conforms(
      listOf("shares", shareLink),
      await callJson<any, P>(listShares, `/api/v1/reports/${reportId}/shares`, { token: analyst, params: { id: String(reportId) } }),
    );
    conforms(listOf("shares", shareLink), await callJson(listAllShares, "/api/v1/shares", { token: admin }));
    conforms(listOf("tokens", tokenSummary), await callJson(listTokens, "/api/v1/tokens", { token: analyst }));
  });

  it("the reference lists and accounts: plans, regions, indicators, targets, goals, users, audit", async () => {
    const plans = await callJson(listPlans, "/api/v1/plans", { token: analyst });
    conforms(listOf("plans", planSummary), plans);
    expect((plans.body as any).plans.map((p: { slug: string }) => p.slug)).toEqual(["chengyu-2016", "chengyu-2021"]);
    conforms(listOf("regions", regionItem), await callJson(listRegions, "/api/v1/regions", { token: analyst }));
    conforms(regionItem, await callJson<any, { adcode: string }>(getRegion, "/api/v1/regions/510500", { token: analyst, params: { adcode: "510500" } }));
    conforms(listOf("indicators", indicatorItem), await callJson(listIndicators, "/api/v1/indicators", { token: analyst }));
    const targets = await callJson(listTargets, "/api/v1/targets", { token: analyst });
    conforms(targetPage, targets);
    expect((targets.body as any).targets.length).toBeGreaterThan(10);
    const goals = await callJson(getGoals, "/api/v1/goals", { token: analyst });
    expect(goals.status).toBe(200);
    for (const g of (goals.body as any).goals) conforms(goalItem, { status: 200, body: g });
    conforms(listOf("users", userItem), await callJson(listUsers, "/api/v1/users", { token: admin }));
    const audit = await callJson(getAudit, "/api/v1/audit?limit=20", { token: admin });
    expect(audit.status).toBe(200);
    for (const e of (audit.body as any).entries) conforms(auditEntry, { status: 200, body: e });
  });

  it("errors: 401, 404 and a 422 with issues", async () => {
    conforms(errorBody, await callJson(getProgress, "/api/v1/progress"), 401);
    conforms(errorBody, await callJson(getProgress, "/api/v1/progress?plan=nope", { token: analyst }), 404);
    conforms(errorBody, await callJson(createReport, "/api/v1/reports", { token: analyst, body: { title: "" } }), 422);
  });
});
