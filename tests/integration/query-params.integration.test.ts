import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAudit } from "@/app/api/v1/audit/route";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { GET as history } from "@/app/api/v1/observations/[id]/history/route";
import { GET as listObs } from "@/app/api/v1/observations/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { GET as getReport } from "@/app/api/v1/reports/[id]/route";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

// Issue 9 §10: numbers past what their column holds were 500s (audit actor=2147483648,
// cursor ≥ 2^63); every numeric parameter is now range-checked and answered with a 422
// naming the parameter and its range in both languages.
let admin = "";

describe("numeric query parameters", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    admin = (await createUser("admin")).token;
  });

  const audit = (query: string) => callJson(getAudit, `/api/v1/audit?${query}`, { token: admin });

  it.each([
    ["actor=2147483648", "actor", "2147483647"],
    ["actor=0", "actor", "1"],
    ["cursor=9223372036854775808", "cursor", "9223372036854775807"],
    ["cursor=99999999999999999999999", "cursor", "9223372036854775807"],
    ["limit=201", "limit", "200"],
    ["limit=0", "limit", "1"],
  ])("audit ?%s → 422 naming %s and its bound", async (query, path, bound) => {
    const r = await audit(query);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("VALIDATION");
    expect(r.body.error.issues).toEqual([{ path, message: { zh: expect.stringContaining(bound), en: expect.stringContaining(bound) } }]);
  });

  it.each(["limit=1e2", "limit=0x10", "limit=", "cursor=-1", "cursor=1.5"])("audit ?%s (not decimal digits) → 422", async (query) => {
    expect((await audit(query)).status).toBe(422);
  });

  it("audit: the largest values still answer 200 (an empty page), and an email is still a text filter", async () => {
    for (const q of ["actor=2147483647", "cursor=9223372036854775807", "limit=200", "actor=someone@example.com"]) {
      const r = await audit(q);
      expect(r.status, q).toBe(200);
    }
  });

  it.each([
    ["/api/v1/progress?limit=1001", getProgress, "limit"],
    ["/api/v1/progress?after=2147483648", getProgress, "after"],
    ["/api/v1/progress?after=-1", getProgress, "after"],
    ["/api/v1/observations?from=1e3", listObs, "from"],
    ["/api/v1/observations?to=99999", listObs, "to"],
  ])("%s → 422 on %s", async (url, handler, path) => {
    const r = await callJson(handler as typeof getProgress, url, { token: admin });
    expect(r.status).toBe(422);
    expect(r.body.error.issues[0].path).toBe(path);
    expect(r.body.error.message).toEqual({ zh: expect.any(String), en: expect.any(String) });
  });

  it("ids in the path past int4 are 422, not 500", async () => {
    const obs = await callJson(history, "/api/v1/observations/2147483648/history", { token: admin, params: { id: "2147483648" } });
    expect(obs.status).toBe(422);
    const report = await callJson(getReport, "/api/v1/reports/99999999999", { token: admin, params: { id: "99999999999" } });
    expect(report.status).toBe(422);
    expect(report.body.error.issues[0].message.zh).toContain("2147483647");
  });

  it("a malformed x-file-name (bad percent-encoding) is 422, not 500", async () => {
    const analyst = (await createUser("analyst")).token;
    const r = await callJson(importFile, "/api/v1/observations/import?dryRun=true", {
      token: analyst,
      method: "POST",
      rawBody: "region,indicator,year,value,unit,source\n",
      contentType: "text/csv",
      headers: { "x-file-name": "%E0%A4%A.csv" },
    });
    expect(r.status).toBe(422);
    expect(r.body.error.message.en).toContain("x-file-name");
    expect(r.body.error.message.zh).toContain("x-file-name");
  });
});
