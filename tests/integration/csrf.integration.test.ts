import { beforeAll, describe, expect, it } from "vitest";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { DELETE as deleteReport, PATCH as patchReport } from "@/app/api/v1/reports/[id]/route";
import { POST as postReport } from "@/app/api/v1/reports/route";
import { GET as listUsers, POST as postUser } from "@/app/api/v1/users/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";
import { sessionCookie } from "../support/session-cookie";

// Issue 9 §3: the reported attack was a page on another port of the same host creating
// an admin account with the admin's cookie and a text/plain body (201).
const APP = "http://127.0.0.1:3202";
const EVIL = "http://127.0.0.1:8080";
let admin = { cookie: "", token: "" };
let analyst = { cookie: "", token: "" };

const newAdmin = (email: string) => JSON.stringify({ email, password: "a long password", role: "admin", name: "x" });
const asBrowser = (cookie: string, headers: Record<string, string>) => ({ host: "127.0.0.1:3202", cookie, ...headers });

describe("cross-site writes with the session cookie", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    const a = await createUser("admin");
    admin = { cookie: await sessionCookie(a.user.id), token: a.token };
    const b = await createUser("analyst");
    analyst = { cookie: await sessionCookie(b.user.id), token: b.token };
  });

  it("refuses a cross-origin text/plain POST with the cookie (403) and creates nobody", async () => {
    const r = await callJson(postUser, "/api/v1/users", {
      method: "POST",
      rawBody: newAdmin("intruder@example.com"),
      headers: asBrowser(admin.cookie, { origin: EVIL, "content-type": "text/plain;charset=UTF-8" }),
    });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("FORBIDDEN");
    expect(r.body.error.message.zh).toContain("请求来源不是本站");
    expect(await prisma.user.count({ where: { email: "intruder@example.com" } })).toBe(0);
  });

  it("lets the same call through with a bearer token (scripts are not browsers)", async () => {
    const r = await callJson(postUser, "/api/v1/users", {
      method: "POST",
      token: admin.token,
      rawBody: newAdmin("scripted@example.com"),
      headers: { origin: EVIL, "content-type": "text/plain;charset=UTF-8" },
    });
    expect(r.status).toBe(201);
    expect(await prisma.user.count({ where: { email: "scripted@example.com" } })).toBe(1);
  });

  it("accepts a same-origin JSON write with the cookie", async () => {
    const r = await callJson(postUser, "/api/v1/users", {
      method: "POST",
      rawBody: newAdmin("colleague@example.com"),
      headers: asBrowser(admin.cookie, { origin: APP, "content-type": "application/json" }),
    });
    expect(r.status).toBe(201);
    expect(r.body.user.email).toBe("colleague@example.com");
    // and one identified by its Referer when the browser sends no Origin
    const byReferer = await callJson(postUser, "/api/v1/users", {
      method: "POST",
      rawBody: newAdmin("colleague2@example.com"),
      headers: asBrowser(admin.cookie, { referer: `${APP}/admin`, "content-type": "application/json" }),
    });
    expect(byReferer.status).toBe(201);
  });

  it("refuses a cookie write with neither Origin nor Referer (403)", async () => {
    const r = await callJson(postUser, "/api/v1/users", {
      method: "POST",
      rawBody: newAdmin("noorigin@example.com"),
      headers: asBrowser(admin.cookie, { "content-type": "application/json" }),
    });
    expect(r.status).toBe(403);
    expect(await prisma.user.count({ where: { email: "noorigin@example.com" } })).toBe(0);
  });

  it("answers 415 to a same-origin cookie write that is not JSON (text/plain, multipart)", async () => {
    const plain = await callJson(postUser, "/api/v1/users", {
      method: "POST",
      rawBody: newAdmin("plain@example.com"),
      headers: asBrowser(admin.cookie, { origin: APP, "content-type": "text/plain" }),
    });
    expect(plain.status).toBe(415);
    expect(plain.body.error.message.en).toContain("application/json");
    const form = new FormData();
    form.set("email", "multi@example.com");
    const multi = await callJson(postUser, "/api/v1/users", { method: "POST", rawBody: form, headers: asBrowser(admin.cookie, { origin: APP }) });
    expect(multi.status).toBe(415);
    expect(await prisma.user.count({ where: { email: { in: ["plain@example.com", "multi@example.com"] } } })).toBe(0);
  });

  it("guards PATCH and DELETE the same way; reads are untouched", async () => {
    const created = await callJson(postReport, "/api/v1/reports", {
      token: analyst.token,
      body: { title: "季度", selection: { plan: "chengyu-2016", years: { from: 2014, to: 2020 } } },
    });
    expect(created.status).toBe(201);
    const id = String(created.body.report.id);
    const patch = await callJson(patchReport, `/api/v1/reports/${id}`, {
      method: "PATCH",
      params: { id },
      rawBody: JSON.stringify({ version: 1, title: "x" }),
      headers: asBrowser(analyst.cookie, { origin: EVIL, "content-type": "application/json" }),
    });
    expect(patch.status).toBe(403);
    const del = await callJson(deleteReport, `/api/v1/reports/${id}`, {
      method: "DELETE",
      params: { id },
      headers: asBrowser(analyst.cookie, { origin: EVIL }),
    });
    expect(del.status).toBe(403);
    expect(await prisma.report.count({ where: { id: Number(id), deletedAt: null } })).toBe(1);
    const ownDelete = await call204(id);
    expect(ownDelete).toBe(204);
    const read = await callJson(listUsers, "/api/v1/users", { headers: asBrowser(admin.cookie, { origin: EVIL }) });
    expect(read.status).toBe(200);
  });

  it("import: the app's own multipart upload passes, the same upload from another origin is 403", async () => {
    const upload = (origin: string) => {
      const form = new FormData();
      form.set("file", new File(["region,indicator,year,value,unit,source\n"], "empty.csv", { type: "text/csv" }));
      return callJson(importFile, "/api/v1/observations/import?dryRun=true", { method: "POST", rawBody: form, headers: asBrowser(analyst.cookie, { origin }) });
    };
    const own = await upload(APP);
    expect([200, 422]).toContain(own.status); // reached the importer (a header-only file)
    expect(own.body.error?.code ?? "").not.toBe("FORBIDDEN");
    expect((await upload(EVIL)).status).toBe(403);
  });
});

async function call204(id: string): Promise<number> {
  const r = await callJson(deleteReport, `/api/v1/reports/${id}`, { method: "DELETE", params: { id }, headers: asBrowser(analyst.cookie, { origin: APP }) });
  return r.status;
}
