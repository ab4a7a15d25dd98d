import { beforeAll, describe, expect, it } from "vitest";
import { GET as listReports, POST as createReport } from "@/app/api/v1/reports/route";
import { GET as getReport } from "@/app/api/v1/reports/[id]/route";
import { GET as exportReport } from "@/app/api/v1/reports/[id]/export/route";
import { GET as listShares, POST as createShare } from "@/app/api/v1/reports/[id]/shares/route";
import { GET as listAllShares } from "@/app/api/v1/shares/route";
import { DELETE as revokeShare } from "@/app/api/v1/shares/[id]/route";
import { GET as getObservations } from "@/app/api/v1/observations/route";
import { GET as getPlans } from "@/app/api/v1/plans/route";
import { GET as getRegions } from "@/app/api/v1/regions/route";
import { GET as shareExport } from "@/app/share/[token]/export/route";
import { hashToken } from "@/lib/auth/api-tokens";
import { getShareActor } from "@/lib/auth/share-actor";
import { getSharedReport } from "@/lib/data/shared-report";
import { importObservationsCsv } from "@/lib/data/import-observations";
import { Readable } from "node:stream";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { call, callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

type P = { id: string };
const selection = { plan: "chengyu-2016", indicators: ["urban_population"], regions: ["510500"], years: { from: 2014, to: 2020 } };
let owner = "";
let otherAnalyst = "";
let viewer = "";
let admin = "";
let reportId = 0;

const share = (token: string, id: number, body: unknown = {}) =>
  callJson<any, P>(createShare, `/api/v1/reports/${id}/shares`, { token, body, params: { id: String(id) } });
const revoke = (token: string, linkId: number) =>
  callJson<any, P>(revokeShare, `/api/v1/shares/${linkId}`, { token, method: "DELETE", params: { id: String(linkId) } });
const shareCsv = (shareToken: string) => call<{ token: string }>(shareExport, `/share/${shareToken}/export?format=csv`, { params: { token: shareToken } });

describe("share links", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    owner = (await createUser("analyst")).token;
    otherAnalyst = (await createUser("analyst")).token;
    viewer = (await createUser("viewer")).token;
    admin = (await createUser("admin")).token;
    reportId = (await callJson(createReport, "/api/v1/reports", { token: owner, body: { title: "分享测试", selection, visibility: "team" } })).body.report.id;
  });

  it("creates a 256-bit token stored only as its hash, expiring in 30 days by default", async () => {
    const before = Date.now();
    const res = await share(owner, reportId);
    expect(res.status).toBe(201);
    const { id, token, url, expiresAt, allowExport } = res.body;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(url).toBe(`http://localhost/share/${token}`);
    expect(allowExport).toBe(true);
    const days = (new Date(expiresAt).getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThan(30.01);
    const row = await prisma.shareLink.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("lifecycle: 200 while valid, counts views, 404 on the next request after revoking", async () => {
    const { id, token } = (await share(owner, reportId)).body;
    const shared = await getSharedReport(token, { countView: true });
    expect(shared?.data.report.title).toBe("分享测试");
    expect(shared?.data.figures.length).toBeGreaterThan(0);
    expect((await shareCsv(token)).status).toBe(200);
    const seen = await prisma.shareLink.findUniqueOrThrow({ where: { id } });
    expect(seen.viewCount).toBe(1);
    expect(seen.lastViewedAt).not.toBeNull();

    expect((await revoke(owner, id)).body.share).toMatchObject({ id, state: "revoked", viewCount: 1 });
    expect(await getSharedReport(token, { countView: true })).toBeNull();
    const gone = await shareCsv(token);
    expect(gone.status).toBe(404);
    // revoking again changes nothing
    expect((await revoke(owner, id)).status).toBe(200);
  });

  it("answers an expired, a revoked and an unknown token the same way (404)", async () => {
    const expired = (await share(owner, reportId)).body;
    await prisma.shareLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = (await share(owner, reportId)).body;
    await revoke(owner, revoked.id);
    const unknown = "A".repeat(43);
    const bodies: string[] = [];
    for (const t of [expired.token, revoked.token, unknown, "short"]) {
      expect(await getShareActor(t)).toBeNull();
      const res = await shareCsv(t);
      expect(res.status).toBe(404);
      bodies.push(await res.text());
    }
    expect(new Set(bodies).size).toBe(1);
  });

  it("stops working when the report is deleted", async () => {
    const id = (await callJson(createReport, "/api/v1/reports", { token: owner, body: { title: "to delete", selection } })).body.report.id;
    const { token } = (await share(owner, id)).body;
    expect(await getShareActor(token)).not.toBeNull();
    await prisma.report.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await getShareActor(token)).toBeNull();
  });

  it("a share token opens its report only: every /api/v1 endpoint answers it 401", async () => {
    const { token } = (await share(owner, reportId)).body;
    const idParams = { params: { id: String(reportId) } };
    const attempts = [
      call(listReports, "/api/v1/reports", { token }),
      call(createReport, "/api/v1/reports", { token, body: { title: "x", selection } }),
      call<P>(getReport, `/api/v1/reports/${reportId}`, { token, ...idParams }),
      call<P>(exportReport, `/api/v1/reports/${reportId}/export?format=csv`, { token, ...idParams }),
      call<P>(listShares, `/api/v1/reports/${reportId}/shares`, { token, ...idParams }),
      call<P>(createShare, `/api/v1/reports/${reportId}/shares`, { token, body: {}, ...idParams }),
      call(listAllShares, "/api/v1/shares", { token }),
      call(getObservations, "/api/v1/observations", { token }),
      call(getPlans, "/api/v1/plans", { token }),
      call(getRegions, "/api/v1/regions", { token }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(401);
  });

  it("a share actor can read its own report's data but not another report's", async () => {
    const otherId = (await callJson(createReport, "/api/v1/reports", { token: owner, body: { title: "another", selection, visibility: "team" } })).body.report
      .id;
    const { token } = (await share(owner, reportId)).body;
    const actor = (await getShareActor(token))!;
    const { getReportData } = await import("@/lib/data/report-data");
    await expect(getReportData(actor, reportId)).resolves.toMatchObject({ report: { id: reportId } });
    await expect(getReportData(actor, otherId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const { listObservations } = await import("@/lib/data/observations");
    await expect(listObservations(actor, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("only the owner or an admin creates, lists and revokes links: viewers and other analysts get 403", async () => {
    expect((await share(viewer, reportId)).status).toBe(403);
    expect((await share(otherAnalyst, reportId)).status).toBe(403);
    const listAs = (token: string) => callJson<any, P>(listShares, `/api/v1/reports/${reportId}/shares`, { token, params: { id: String(reportId) } });
    expect((await listAs(owner)).status).toBe(200);
    expect((await listAs(admin)).status).toBe(200);
    expect((await listAs(otherAnalyst)).status).toBe(403);
    expect((await listAs(viewer)).status).toBe(403);
    const { id } = (await share(owner, reportId)).body;
    expect((await revoke(otherAnalyst, id)).status).toBe(403);
    expect((await revoke(viewer, id)).status).toBe(403);
    expect((await revoke(admin, id)).status).toBe(200);
    expect((await revoke(owner, 999_999)).status).toBe(404);
  });

  it("never-expiring links are for admins only; expiries in the past are refused", async () => {
    expect((await share(owner, reportId, { expiresAt: null })).status).toBe(403);
    const never = await share(admin, reportId, { expiresAt: null });
    expect(never.status).toBe(201);
    expect(never.body.expiresAt).toBeNull();
    expect((await share(owner, reportId, { expiresAt: "2000-01-01T00:00:00Z" })).status).toBe(422);
    const inAYear = new Date(Date.now() + 364 * 86_400_000).toISOString();
    const chosen = await share(owner, reportId, { expiresAt: inAYear });
    expect(chosen.status).toBe(201);
    expect(chosen.body.expiresAt).toBe(inAYear);
  });

  it("a far-away date is no way around 'never': past one year an analyst gets 422 with a bilingual message, an admin does not", async () => {
    for (const far of ["9999-12-31T00:00:00Z", "2099-01-01T00:00:00+08:00", new Date(Date.now() + 366 * 86_400_000).toISOString()]) {
      const res = await share(owner, reportId, { expiresAt: far });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toEqual({
        zh: "分享链接的有效期最长为 365 天，请选择更早的日期；永久有效的链接只能由管理员创建",
        en: "A share link may last at most 365 days: choose an earlier date (only admins can create links that never expire)",
      });
    }
    expect(await prisma.shareLink.count({ where: { expiresAt: { gt: new Date(Date.now() + 365 * 86_400_000) }, createdBy: { role: "analyst" } } })).toBe(0);
    expect((await share(admin, reportId, { expiresAt: "9999-12-31T00:00:00Z" })).status).toBe(201);
  });

  describe("links end with their creator's right to share", () => {
    const notFoundBody = async () => (await shareCsv("A".repeat(43))).text();
    const sharePdf = (shareToken: string) => call<{ token: string }>(shareExport, `/share/${shareToken}/export?format=pdf`, { params: { token: shareToken } });
    const expectDead = async (token: string) => {
      expect(await getShareActor(token)).toBeNull();
      expect(await getSharedReport(token, { countView: true })).toBeNull();
      const csv = await shareCsv(token);
      expect(csv.status).toBe(404);
      expect(await csv.text()).toBe(await notFoundBody());
      expect((await sharePdf(token)).status).toBe(404);
    };

    it("a deactivated owner's link answers 404 (page, CSV and PDF) like an unknown one, and works again on reactivation", async () => {
      const someone = await createUser("analyst");
      const id = (await callJson(createReport, "/api/v1/reports", { token: someone.token, body: { title: "停用", selection } })).body.report.id;
      const { token } = (await share(someone.token, id)).body;
      expect((await shareCsv(token)).status).toBe(200);
      await prisma.user.update({ where: { id: someone.user.id }, data: { active: false } });
      await expectDead(token);
      await prisma.user.update({ where: { id: someone.user.id }, data: { active: true } });
      expect((await shareCsv(token)).status).toBe(200);
    });

    it("an analyst demoted to viewer: the link answers 404", async () => {
      const someone = await createUser("analyst");
      const id = (await callJson(createReport, "/api/v1/reports", { token: someone.token, body: { title: "降级", selection } })).body.report.id;
      const { token } = (await share(someone.token, id)).body;
      expect(await getShareActor(token)).not.toBeNull();
      await prisma.user.update({ where: { id: someone.user.id }, data: { role: "viewer" } });
      await expectDead(token);
    });

    it("an admin demoted to analyst: their never-expiring link, and their link to another's report, answer 404; a one-year link on their own report keeps working", async () => {
      const boss = await createUser("admin");
      const own = (await callJson(createReport, "/api/v1/reports", { token: boss.token, body: { title: "admin's", selection } })).body.report.id;
      const never = (await share(boss.token, own, { expiresAt: null })).body.token;
      const tenYears = (await share(boss.token, own, { expiresAt: new Date(Date.now() + 3650 * 86_400_000).toISOString() })).body.token;
      const others = (await share(boss.token, reportId)).body.token;
      const plain = (await share(boss.token, own)).body.token;
      await prisma.user.update({ where: { id: boss.user.id }, data: { role: "analyst" } });
      await expectDead(never);
      await expectDead(tenYears);
      await expectDead(others);
      expect((await shareCsv(plain)).status).toBe(200);
    });

    it("a deactivated report owner ends links an admin made to that report", async () => {
      const someone = await createUser("analyst");
      const id = (await callJson(createReport, "/api/v1/reports", { token: someone.token, body: { title: "owner gone", selection, visibility: "team" } })).body
        .report.id;
      const { token } = (await share(admin, id)).body;
      expect((await shareCsv(token)).status).toBe(200);
      await prisma.user.update({ where: { id: someone.user.id }, data: { active: false } });
      await expectDead(token);
    });
  });

  it("an admin sees every link, an analyst the links of their own reports", async () => {
    const mine = (await callJson(createReport, "/api/v1/reports", { token: otherAnalyst, body: { title: "other's", selection } })).body.report.id;
    await share(otherAnalyst, mine);
    const all = (await callJson(listAllShares, "/api/v1/shares", { token: admin })).body.shares;
    const linked = await prisma.shareLink.findMany({ where: { report: { deletedAt: null } }, select: { reportId: true } });
    expect(new Set(all.map((s: any) => s.reportId))).toEqual(new Set(linked.map((l) => l.reportId)));
    expect(all.map((s: any) => s.reportId)).toEqual(expect.arrayContaining([reportId, mine]));
    const own = (await callJson(listAllShares, "/api/v1/shares", { token: otherAnalyst })).body.shares;
    expect(new Set(own.map((s: any) => s.reportId))).toEqual(new Set([mine]));
    expect((await callJson(listAllShares, "/api/v1/shares", { token: viewer })).status).toBe(403);
  });

  it("the CSV behind an anonymous link carries formula-like text inert (apostrophe-prefixed)", async () => {
    const ownerUser = await prisma.user.findFirstOrThrow({ where: { reports: { some: { id: reportId } } } });
    const hostile = 'region,indicator,year,value,unit,source\n泸州市,urban_population,2001,1,万人,"=HYPERLINK(""http://evil.example"",""x"")"\n';
    expect((await importObservationsCsv(Readable.from([hostile]), { actorId: ownerUser.id, fileName: "h.csv", confirmWarnings: true })).created).toBe(1);
    const id = (
      await callJson(createReport, "/api/v1/reports", { token: owner, body: { title: "公式", selection: { ...selection, years: { from: 2001, to: 2001 } } } })
    ).body.report.id;
    const { token } = (await share(owner, id)).body;
    const text = await (await shareCsv(token)).text();
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
  });

  it("a link without allowExport shows the report but refuses downloads (403)", async () => {
    const { token } = (await share(owner, reportId, { allowExport: false })).body;
    expect(await getSharedReport(token, { countView: false })).not.toBeNull();
    expect((await shareCsv(token)).status).toBe(403);
  });
});
