import { beforeAll, describe, expect, it } from "vitest";
import { GET as listTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as listUsers, POST as postUser } from "@/app/api/v1/users/route";
import { PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { GET as getAudit } from "@/app/api/v1/audit/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser, TEST_PASSWORD } from "../support/factories";

let admin = { token: "", id: 0 };

describe("API tokens", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    const a = await createUser("admin");
    admin = { token: a.token, id: a.user.id };
  });

  it("issues a token for email + password, shown once and stored hashed; it then authenticates and records last use", async () => {
    const { user } = await createUser("viewer", { email: "reader@example.com" });
    const r = await callJson(postToken, "/api/v1/tokens", { body: { email: "Reader@Example.com", password: TEST_PASSWORD, name: "nightly script" } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ name: "nightly script", token: expect.stringMatching(/^pm_/), prefix: expect.any(String) });
    expect(r.body.token.startsWith(r.body.prefix)).toBe(true);
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id: r.body.id } });
    expect(stored.tokenHash).not.toContain(r.body.token);
    const mine = await callJson(listTokens, "/api/v1/tokens", { token: r.body.token });
    expect(mine.body.tokens.map((t: { name: string }) => t.name)).toEqual(["nightly script", "test"]);
    expect(mine.body.tokens[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(mine.body)).not.toContain(r.body.token);
    expect(await prisma.auditLog.count({ where: { action: "token.create", actorId: user.id } })).toBe(1);
  });

  it("revokes: the token stops working; another user's token is not found, an admin may revoke it", async () => {
    const a = await createUser("analyst");
    const b = await createUser("analyst");
    const [bToken] = await prisma.apiToken.findMany({ where: { userId: b.user.id } });
    const notMine = await callJson(deleteToken, `/api/v1/tokens/${bToken!.id}`, { token: a.token, method: "DELETE", params: { id: String(bToken!.id) } });
    expect(notMine.status).toBe(404);
    const byAdmin = await callJson(deleteToken, `/api/v1/tokens/${bToken!.id}`, { token: admin.token, method: "DELETE", params: { id: String(bToken!.id) } });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.token.revokedAt).not.toBeNull();
    expect((await callJson(listTokens, "/api/v1/tokens", { token: b.token })).status).toBe(401);
  });

  it("throttles: after 5 failed token requests for one email (from one address) the 6th answers 429, even with the right password", async () => {
    await createUser("analyst", { email: "target@example.com" });
    for (let i = 0; i < 5; i++) {
      const r = await callJson(postToken, "/api/v1/tokens", { body: { email: "target@example.com", password: `wrong ${i}`, name: "x" } });
      expect(r.status).toBe(401);
    }
    const right = await callJson(postToken, "/api/v1/tokens", { body: { email: "target@example.com", password: TEST_PASSWORD, name: "x" } });
    expect(right.status).toBe(429);
    expect(right.body.error.message.zh).toMatch(/请 \d+ 秒后再试/);
    // other accounts are unaffected
    await createUser("viewer", { email: "other@example.com" });
    expect((await callJson(postToken, "/api/v1/tokens", { body: { email: "other@example.com", password: TEST_PASSWORD, name: "x" } })).status).toBe(201);
  });
});

describe("users", () => {
  it("creates users (email unique, password hashed) and lists them for admins only", async () => {
    const r = await callJson(postUser, "/api/v1/users", {
      token: admin.token,
      body: { email: "New.Analyst@example.com", password: "a long password", role: "analyst", name: "新分析员" },
    });
    expect(r.status).toBe(201);
    expect(r.body.user).toMatchObject({ email: "new.analyst@example.com", role: "analyst", active: true });
    const dup = await callJson(postUser, "/api/v1/users", {
      token: admin.token,
      body: { email: "new.analyst@example.com", password: "a long password", role: "viewer", name: "x" },
    });
    expect(dup.status).toBe(409);
    const short = await callJson(postUser, "/api/v1/users", {
      token: admin.token,
      body: { email: "x@example.com", password: "short", role: "viewer", name: "x" },
    });
    expect(short.status).toBe(422);
    expect(short.body.error.issues[0]).toMatchObject({ path: "password", message: { zh: expect.stringContaining("10") } });
    const list = await callJson(listUsers, "/api/v1/users", { token: admin.token });
    expect(list.body.users.map((u: { email: string }) => u.email)).toContain("new.analyst@example.com");
    expect(JSON.stringify(list.body)).not.toContain("passwordHash");
  });

  it("changes role and deactivates with before/after in the audit; a deactivated user's token stops working", async () => {
    const { user, token } = await createUser("viewer");
    const p = (body: unknown) =>
      callJson(patchUser, `/api/v1/users/${user.id}`, { token: admin.token, method: "PATCH", params: { id: String(user.id) }, body });
    expect((await p({ role: "analyst" })).body.user.role).toBe("analyst");
    expect((await p({ active: false })).body.user.active).toBe(false);
    expect((await callJson(listTokens, "/api/v1/tokens", { token })).status).toBe(401);
    expect((await p({})).status).toBe(422);
    const role = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.role", entityId: String(user.id) } });
    expect([role.before, role.after, role.actorId]).toEqual([{ role: "viewer" }, { role: "analyst" }, admin.id]);
    const off = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.deactivate", entityId: String(user.id) } });
    expect([off.before, off.after]).toEqual([{ active: true }, { active: false }]);
  });

  it("keeps at least one active admin", async () => {
    await prisma.user.updateMany({ where: { role: "admin", id: { not: admin.id } }, data: { active: false } });
    const r = await callJson(patchUser, `/api/v1/users/${admin.id}`, {
      token: admin.token,
      method: "PATCH",
      params: { id: String(admin.id) },
      body: { role: "viewer" },
    });
    expect(r.status).toBe(409);
  });
});

describe("audit log API", () => {
  it("filters by action, entity type, actor and time, newest first, one page at a time", async () => {
    const roleChanges = await callJson(getAudit, "/api/v1/audit?action=user.role", { token: admin.token });
    expect(roleChanges.status).toBe(200);
    expect(roleChanges.body.entries.every((e: { action: string }) => e.action === "user.role")).toBe(true);
    expect(roleChanges.body.entries[0]).toMatchObject({ actor: { id: admin.id }, before: { role: "viewer" } });

    const page1 = await callJson(getAudit, "/api/v1/audit?entityType=user&limit=2", { token: admin.token });
    expect(page1.body.entries).toHaveLength(2);
    const page2 = await callJson(getAudit, `/api/v1/audit?entityType=user&limit=2&cursor=${page1.body.nextCursor}`, { token: admin.token });
    expect(BigInt(page2.body.entries[0].id)).toBeLessThan(BigInt(page1.body.entries[1].id));
    const future = await callJson(getAudit, "/api/v1/audit?from=2999-01-01", { token: admin.token });
    expect(future.body).toEqual({ entries: [], nextCursor: null });
    const byEmail = await callJson(getAudit, "/api/v1/audit?actor=reader@example.com", { token: admin.token });
    expect(byEmail.body.entries.map((e: { action: string }) => e.action)).toContain("token.create");
    const failed = await callJson(getAudit, "/api/v1/audit?action=token.failed", { token: admin.token });
    expect(failed.body.entries.length).toBeGreaterThanOrEqual(5);

    const analyst = await createUser("analyst");
    expect((await callJson(getAudit, "/api/v1/audit", { token: analyst.token })).status).toBe(403);
    expect((await callJson(getAudit, "/api/v1/audit?from=yesterday", { token: admin.token })).status).toBe(422);
  });
});
