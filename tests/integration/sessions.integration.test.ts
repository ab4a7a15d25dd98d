import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listPlans } from "@/app/api/v1/plans/route";
import { GET as listTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { GET as switchLang } from "@/app/lang/route";
import { authOptions, SESSION_MAX_AGE_S } from "@/lib/auth/auth-options";
import { getActor } from "@/lib/auth/current-actor";
import { verifyPassword } from "@/lib/auth/password";
import { changeOwnPassword, endAllSessions } from "@/lib/data/users";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { seedAll } from "@/prisma/seed";
import { callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser, TEST_PASSWORD } from "../support/factories";

let admin = { token: "", id: 0 };

/** A session cookie as the sign-in flow makes it: next-auth's jwt callback, then its encoder. */
async function signIn(userId: number): Promise<string> {
  const token = (await authOptions.callbacks!.jwt!({ token: { sub: String(userId) }, user: { id: String(userId) } } as never)) as JWT;
  return cookieFor(token, authSecret());
}

async function cookieFor(token: JWT, secret: string, maxAge = SESSION_MAX_AGE_S): Promise<string> {
  return `next-auth.session-token=${await encode({ token, secret, maxAge })}`;
}

async function whoIs(cookie: string) {
  const actor = await getActor(new Headers({ cookie }));
  return actor.kind === "user" ? actor.userId : actor.kind;
}

const patchAs = (token: string, id: number, body: unknown) =>
  callJson(patchUser, `/api/v1/users/${id}`, { token, method: "PATCH", params: { id: String(id) }, body });

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false, sample: false });
  const a = await createUser("admin");
  admin = { token: a.token, id: a.user.id };
});

describe("session secret", () => {
  it("refuses a session signed with the secret the old code derived from DATABASE_URL", async () => {
    const { user } = await createUser("admin");
    const claims = { sub: String(user.id), uid: user.id, sv: 0 };
    // the old fallback, exactly: `plan-monitor-dev:${DATABASE_URL}`
    const derived = `plan-monitor-dev:${process.env.DATABASE_URL}`;
    expect(authSecret()).not.toBe(derived);
    expect(await whoIs(await cookieFor(claims, derived))).toBe("anonymous");
    expect(await whoIs(await cookieFor(claims, "plan-monitor-dev:none"))).toBe("anonymous");
    // the same claims with the real secret pass: only the secret differs
    expect(await whoIs(await cookieFor(claims, authSecret()))).toBe(user.id);
  });

  it("creates the secret file with mode 0600 and reuses it on the next start", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pm-secret-"));
    const script = `import("./scripts/lib/secret.mjs").then((m) => { m.ensureAuthSecret({ fresh: false, external: false, log: (s) => console.error(s) }); console.log(process.env.NEXTAUTH_SECRET); })`;
    const env = { ...process.env, NEXTAUTH_SECRET: "", DATA_DIR: dir };
    const first = spawnSync("node", ["-e", script], { env, encoding: "utf8" });
    const file = path.join(dir, "auth-secret");
    expect(first.stderr).toContain(`generated a random one in ${file}`);
    const secret = first.stdout.trim();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const second = spawnSync("node", ["-e", script], { env, encoding: "utf8" });
    expect(second.stdout.trim()).toBe(secret);
    expect(second.stderr).toContain(`using the one kept in ${file}`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to start in production with DATABASE_URL and no NEXTAUTH_SECRET, saying why", () => {
    const r = spawnSync("node", ["scripts/with-db.mjs", "--", "node", "-e", "console.log('started')"], {
      env: { ...process.env, NODE_ENV: "production", NEXTAUTH_SECRET: "" },
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain("started");
    expect(r.stderr).toContain("NEXTAUTH_SECRET is not set");
  });

  it("gives each --fresh run its own secret", () => {
    // the same path the tests themselves run through; nothing is written to .data
    const run = () =>
      execFileSync(
        "node",
        [
          "-e",
          `import("./scripts/lib/secret.mjs").then((m) => { m.ensureAuthSecret({ fresh: true, external: false, log() {} }); console.log(process.env.NEXTAUTH_SECRET); })`,
        ],
        { env: { ...process.env, NEXTAUTH_SECRET: "" }, encoding: "utf8" },
      ).trim();
    const a = run();
    expect(a).toHaveLength(43);
    expect(run()).not.toBe(a);
  });
});

describe("sessions end", () => {
  it("JWT lifetime = session lifetime = 12 h", () => {
    expect(SESSION_MAX_AGE_S).toBe(43_200);
    expect(authOptions.session?.maxAge).toBe(43_200);
    expect(authOptions.jwt?.maxAge).toBe(43_200);
  });

  it("refuses an expired token and a token without a session generation", async () => {
    const { user } = await createUser("viewer");
    expect(await whoIs(await cookieFor({ uid: user.id, sv: 0 }, authSecret(), -60))).toBe("anonymous");
    expect(await whoIs(await cookieFor({ uid: user.id }, authSecret()))).toBe("anonymous");
  });

  it("sign-out ends the session: a cookie kept from before is refused; a new sign-in works", async () => {
    const { user } = await createUser("analyst");
    const kept = await signIn(user.id);
    expect(await whoIs(kept)).toBe(user.id);
    await authOptions.events!.signOut!({ token: { uid: user.id }, session: null as never });
    expect(await whoIs(kept)).toBe("anonymous");
    expect(await whoIs(await signIn(user.id))).toBe(user.id);
  });

  it("“sign out everywhere” on /account ends every session of the user, and only theirs", async () => {
    const { user } = await createUser("viewer");
    const { user: other } = await createUser("viewer");
    const [a, b, o] = [await signIn(user.id), await signIn(user.id), await signIn(other.id)];
    await endAllSessions({ kind: "user", userId: user.id, role: "viewer", name: user.name, email: user.email, via: "session" });
    expect([await whoIs(a), await whoIs(b), await whoIs(o)]).toEqual(["anonymous", "anonymous", other.id]);
    expect(await prisma.auditLog.count({ where: { action: "user.signout_all", actorId: user.id } })).toBe(1);
  });

  it.each([
    ["a password reset", { password: "a brand new password" }],
    ["a role change", { role: "viewer" }],
    ["deactivation", { active: false }],
  ])("%s ends the user's sessions", async (_what, patch) => {
    const { user } = await createUser("analyst");
    const kept = await signIn(user.id);
    expect(await whoIs(kept)).toBe(user.id);
    expect((await patchAs(admin.token, user.id, patch)).status).toBe(200);
    expect(await whoIs(kept)).toBe("anonymous");
  });

  it("changing one's own password needs the current one, and ends every session of the account", async () => {
    const { user } = await createUser("viewer");
    const kept = await signIn(user.id);
    const me = { kind: "user", userId: user.id, role: "viewer", name: user.name, email: user.email, via: "session" } as const;
    const wrong = await changeOwnPassword(me, { current: "not my password", password: "a brand new password" }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AppError);
    expect((wrong as AppError).code).toBe("VALIDATION");
    expect(await whoIs(kept)).toBe(user.id);
    await changeOwnPassword(me, { current: TEST_PASSWORD, password: "a brand new password" });
    expect(await whoIs(kept)).toBe("anonymous");
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash, "a brand new password")).toBe(true);
  });

  it("a reactivated account does not bring back sessions from before its deactivation; a rename ends none", async () => {
    const { user } = await createUser("analyst");
    const kept = await signIn(user.id);
    await patchAs(admin.token, user.id, { name: "Renamed" });
    expect(await whoIs(kept)).toBe(user.id);
    await patchAs(admin.token, user.id, { active: false });
    await patchAs(admin.token, user.id, { active: true });
    expect(await whoIs(kept)).toBe("anonymous");
  });
});

describe("API tokens", () => {
  it("expire after a year by default; the lifetime can be chosen, or none", async () => {
    const { user } = await createUser("analyst");
    const cookie = await signIn(user.id);
    const before = Date.now();
    const byDefault = await callJson(postToken, "/api/v1/tokens", { headers: { cookie, origin: "http://localhost" }, body: { name: "default" } });
    expect(byDefault.status).toBe(201);
    const days = (Date.parse(byDefault.body.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(364.99);
    expect(days).toBeLessThan(365.01);
    const month = await callJson(postToken, "/api/v1/tokens", { headers: { cookie, origin: "http://localhost" }, body: { name: "month", expiresInDays: 30 } });
    expect(Math.round((Date.parse(month.body.expiresAt) - before) / 86_400_000)).toBe(30);
    const never = await callJson(postToken, "/api/v1/tokens", {
      headers: { cookie, origin: "http://localhost" },
      body: { name: "never", expiresInDays: null },
    });
    expect(never.body.expiresAt).toBeNull();
    for (const bad of [0, 3651, 1.5, "30"]) {
      const r = await callJson(postToken, "/api/v1/tokens", { headers: { cookie, origin: "http://localhost" }, body: { name: "bad", expiresInDays: bad } });
      expect(r.status).toBe(422);
    }
    const listed = await callJson(listTokens, "/api/v1/tokens", { headers: { cookie } });
    expect(listed.body.tokens.find((t: { name: string }) => t.name === "month")).toMatchObject({ expiresAt: month.body.expiresAt, lastUsedAt: null });
  });

  it("an expired token is refused", async () => {
    const { user } = await createUser("viewer");
    const r = await callJson(postToken, "/api/v1/tokens", {
      headers: { cookie: await signIn(user.id), origin: "http://localhost" },
      body: { name: "short", expiresInDays: 1 },
    });
    expect((await callJson(listPlans, "/api/v1/plans", { token: r.body.token })).status).toBe(200);
    await prisma.apiToken.update({ where: { id: r.body.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callJson(listTokens, "/api/v1/tokens", { token: r.body.token })).status).toBe(401);
  });

  it("a token cannot create tokens (403), with or without email and password", async () => {
    const { user, token } = await createUser("admin", { email: "minter@example.com" });
    const r = await callJson(postToken, "/api/v1/tokens", { token, body: { name: "child" } });
    expect(r.status).toBe(403);
    const withPassword = await callJson(postToken, "/api/v1/tokens", { token, body: { name: "child", email: "minter@example.com", password: TEST_PASSWORD } });
    expect(withPassword.status).toBe(403);
    expect(await prisma.apiToken.count({ where: { userId: user.id } })).toBe(1);
    // email + password alone (no token) still works, for scripts that start from nothing
    const fresh = await callJson(postToken, "/api/v1/tokens", { body: { name: "from password", email: "minter@example.com", password: TEST_PASSWORD } });
    expect(fresh.status).toBe(201);
  });

  it("records last use, at most once a minute", async () => {
    const { user, token } = await createUser("viewer");
    const [row] = await prisma.apiToken.findMany({ where: { userId: user.id } });
    expect(row!.lastUsedAt).toBeNull();
    await callJson(listPlans, "/api/v1/plans", { token });
    const first = (await prisma.apiToken.findUniqueOrThrow({ where: { id: row!.id } })).lastUsedAt!;
    expect(Date.now() - first.getTime()).toBeLessThan(10_000);
    await callJson(listPlans, "/api/v1/plans", { token });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: row!.id } })).lastUsedAt).toEqual(first);
    // a use more than a minute after the recorded one is recorded
    const old = new Date(Date.now() - 61_000);
    await prisma.apiToken.update({ where: { id: row!.id }, data: { lastUsedAt: old } });
    await callJson(listPlans, "/api/v1/plans", { token });
    const listed = await callJson(listTokens, "/api/v1/tokens", { headers: { cookie: await signIn(user.id) } });
    expect(Date.parse(listed.body.tokens[0].lastUsedAt)).toBeGreaterThan(old.getTime() + 60_000);
  });
});

describe("malformed cookies", () => {
  const BAD = "t=%E0%A4%A";

  it("are ignored: anonymous with only a bad cookie, signed in beside a good one", async () => {
    const { user } = await createUser("viewer");
    expect(await whoIs(BAD)).toBe("anonymous");
    expect(await whoIs(`${BAD}; ${await signIn(user.id)}; x=%`)).toBe(user.id);
  });

  it("the API answers normally", async () => {
    const { token } = await createUser("viewer");
    const anonymous = await callJson(listPlans, "/api/v1/plans", { headers: { cookie: BAD } });
    expect(anonymous.status).not.toBe(500);
    const r = await callJson(listPlans, "/api/v1/plans", { token, headers: { cookie: BAD } });
    expect(r.status).toBe(200);
  });
});

describe("redirects stay on the origin", () => {
  it.each([
    ["/lang?to=en&next=/%09/host", "/"],
    ["/lang?to=en&next=/%5Cevil.example", "/"],
    ["/lang?to=en&next=//evil.example", "/"],
    ["/lang?to=en&next=/%252F%252Fevil.example", "/"],
    ["/lang?to=en&next=https://evil.example/", "/"],
    ["/lang?to=en&next=/regions%3Fq%3D1", "/regions?q=1"],
  ])("%s → %s", async (url, location) => {
    const res = switchLang(new Request(`http://localhost${url}`));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(location);
  });

  it("next-auth's callback URLs (sign-in, sign-out) keep only same-origin paths", async () => {
    const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl: "http://localhost:3000" });
    expect(await redirect("/login")).toBe("http://localhost:3000/login");
    expect(await redirect("http://localhost:3000/reports?x=1")).toBe("http://localhost:3000/reports?x=1");
    expect(await redirect("https://evil.example/")).toBe("http://localhost:3000/");
    expect(await redirect("/\\evil.example")).toBe("http://localhost:3000/");
    expect(await redirect("http://localhost:3000.evil.example/")).toBe("http://localhost:3000/");
    expect(await redirect("http://localhost:3000//evil.example")).toBe("http://localhost:3000/");
  });
});
