import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as postToken } from "@/app/api/v1/tokens/route";
import { verifyCredentials } from "@/lib/auth/credentials";
import { pruneExpiredCounters } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { call } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser, TEST_PASSWORD } from "../support/factories";

// Sign-in attempts through the token endpoint (the login form shares verifyCredentials),
// each from the address in X-Forwarded-For.
const attempt = (email: string, password: string, ip: string) =>
  call(postToken, "/api/v1/tokens", { body: { email, password, name: "x" }, headers: { "x-forwarded-for": ip } });
const evaluated = (email: string) => prisma.auditLog.count({ where: { action: "token.failed", meta: { path: ["email"], equals: email } } });

describe("sign-in throttle", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
  });
  afterEach(() => vi.useRealTimers());

  it("25 concurrent wrong attempts from one address: exactly 5 are evaluated, 20 answer 429 with Retry-After", async () => {
    await createUser("admin", { email: "boss@example.com" });
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => attempt("boss@example.com", `wrong ${i}`, "198.51.100.1")));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    expect(await evaluated("boss@example.com")).toBe(5);
    const refusals = results.filter((r) => r.status === 429);
    for (const r of refusals) expect(Number(r.headers.get("retry-after"))).toSatisfy((s: number) => s >= 1 && s <= 60);
    const refused = refusals[0]!;
    const body = await refused.json();
    expect(body.error.message).toEqual({
      zh: expect.stringMatching(/^登录尝试过于频繁，请 \d+ 秒后再试。$/),
      en: expect.stringMatching(/^Too many sign-in attempts: try again in \d+ s\.$/),
    });
    // even the right password is refused from that address while the lock lasts
    expect((await attempt("boss@example.com", TEST_PASSWORD, "198.51.100.1")).status).toBe(429);
  });

  it("several app instances share one counter: limiters created afresh continue where the others stopped", async () => {
    await createUser("viewer", { email: "shared@example.com" });
    const g = globalThis as { __planMonitorLoginLimiters?: unknown };
    for (let i = 0; i < 3; i++) expect((await attempt("shared@example.com", "wrong", "198.51.100.30")).status).toBe(401);
    g.__planMonitorLoginLimiters = undefined; // "another instance": new limiter objects, same table
    for (let i = 0; i < 2; i++) expect((await attempt("shared@example.com", "wrong", "198.51.100.30")).status).toBe(401);
    g.__planMonitorLoginLimiters = undefined;
    expect((await attempt("shared@example.com", "wrong", "198.51.100.30")).status).toBe(429);
  });

  it("a stranger's failures from another address do not lock the owner out", async () => {
    await createUser("admin", { email: "owner@example.com" });
    for (let i = 0; i < 12; i++) await attempt("owner@example.com", `guess ${i}`, "198.51.100.66");
    expect((await attempt("owner@example.com", "guess again", "198.51.100.66")).status).toBe(429);
    expect((await attempt("owner@example.com", TEST_PASSWORD, "203.0.113.5")).status).toBe(201);
  });

  it("locks a pair briefly and doubles the lock each time: 60 s, then 120 s; a success clears it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    await createUser("analyst", { email: "backoff@example.com" });
    const ip = "198.51.100.7";
    for (let i = 0; i < 5; i++) expect((await attempt("backoff@example.com", "wrong", ip)).status).toBe(401);
    const first = await attempt("backoff@example.com", "wrong", ip);
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("60");
    vi.setSystemTime(new Date("2026-06-01T00:00:59Z"));
    expect((await attempt("backoff@example.com", TEST_PASSWORD, ip)).status).toBe(429);
    vi.setSystemTime(new Date("2026-06-01T00:01:01Z"));
    for (let i = 0; i < 5; i++) expect((await attempt("backoff@example.com", "wrong", ip)).status).toBe(401);
    const second = await attempt("backoff@example.com", "wrong", ip);
    expect(second.headers.get("retry-after")).toBe("120");
    vi.setSystemTime(new Date("2026-06-01T00:03:02Z"));
    expect((await attempt("backoff@example.com", TEST_PASSWORD, ip)).status).toBe(201);
    // cleared: five more tries before the next (first-length) lock
    for (let i = 0; i < 5; i++) expect((await attempt("backoff@example.com", "wrong", ip)).status).toBe(401);
    expect((await attempt("backoff@example.com", "wrong", ip)).headers.get("retry-after")).toBe("60");
  });

  it("one address spraying many accounts is stopped after 50 failures", async () => {
    const ip = "198.51.100.200";
    const results: number[] = [];
    for (let i = 0; i < 52; i++) results.push((await attempt(`nobody${i}@example.com`, "password1", ip)).status);
    expect(results.slice(0, 50).every((s) => s === 401)).toBe(true);
    expect(results.slice(50)).toEqual([429, 429]);
    // another address is unaffected
    expect((await attempt("nobody0@example.com", "password1", "198.51.100.201")).status).toBe(401);
  });

  it("many addresses against one account: past 20 failures strangers are slowed to one try per 10 s; the owner's known address is not", async () => {
    await createUser("admin", { email: "target@example.com" });
    expect((await attempt("target@example.com", TEST_PASSWORD, "203.0.113.50")).status).toBe(201); // the owner, earlier
    for (let i = 1; i <= 20; i++) expect((await attempt("target@example.com", "wrong", `10.0.0.${i}`)).status).toBe(401);
    expect((await attempt("target@example.com", "wrong", "10.0.0.21")).status).toBe(401); // the slow-down's one try
    const slowed = await attempt("target@example.com", TEST_PASSWORD, "10.0.0.22");
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get("retry-after"))).toBeLessThanOrEqual(10);
    expect((await attempt("target@example.com", TEST_PASSWORD, "203.0.113.50")).status).toBe(201);
  });

  it("unknown and inactive accounts cost one argon2 verification too: medians within 2× of a known account's", async () => {
    await createUser("viewer", { email: "known@example.com" });
    await createUser("viewer", { email: "inactive@example.com", active: false });
    let n = 0;
    const time = async (email: string) => {
      n += 1;
      const start = performance.now();
      await verifyCredentials(email, "not the password", "login", `192.0.2.${n}`).catch(() => undefined);
      return performance.now() - start;
    };
    const samples: Record<string, number[]> = { known: [], unknown: [], inactive: [] };
    await time("warm-up@example.com");
    for (let i = 0; i < 9; i++) {
      samples.known!.push(await time("known@example.com"));
      samples.unknown!.push(await time(`unknown${i}@example.com`));
      samples.inactive!.push(await time("inactive@example.com"));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [known, unknown, inactive] = [median(samples.known!), median(samples.unknown!), median(samples.inactive!)];
    console.info(`sign-in timing medians: known ${known.toFixed(1)} ms, unknown ${unknown.toFixed(1)} ms, inactive ${inactive.toFixed(1)} ms`);
    for (const other of [unknown, inactive]) {
      expect(Math.max(known, other) / Math.min(known, other)).toBeLessThan(2);
    }
  });

  it("prunes expired counters, keeps live ones", async () => {
    const now = Date.now();
    await prisma.rateLimit.createMany({
      data: [
        { key: "login_pair:old", points: 3, expire: BigInt(now - 2 * 3_600_000) },
        { key: "login_pair:live", points: 3, expire: BigInt(now + 60_000) },
      ],
    });
    await pruneExpiredCounters();
    const keys = (await prisma.rateLimit.findMany({ where: { key: { in: ["login_pair:old", "login_pair:live"] } } })).map((r) => r.key);
    expect(keys).toEqual(["login_pair:live"]);
    // keys are hashes: no email or address is stored
    const all = await prisma.rateLimit.findMany({ select: { key: true } });
    expect(all.every((r) => !r.key.includes("@") && !r.key.includes("198.51"))).toBe(true);
  });
});
