import { beforeAll, describe, expect, it, vi } from "vitest";

// The app's real logger (lib/log.ts options, redaction included) writing into an array
// instead of stdout, at level info: what an operator's log collector would receive.
const lines = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/log", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/log")>();
  return { ...real, logger: real.createLogger({ write: (s: string) => void lines.push(s) }, "info") };
});

const { GET: listUsers, POST: postUser } = await import("@/app/api/v1/users/route");
const { GET: getReport } = await import("@/app/api/v1/reports/[id]/route");
const { errorResponse } = await import("@/lib/api/respond");
const { logger } = await import("@/lib/log");
const { seedAll } = await import("@/prisma/seed");
const { resetDatabase } = await import("../support/db");
const { callJson } = await import("../support/api");
const { createUser, TEST_PASSWORD } = await import("../support/factories");
const { sessionCookie } = await import("../support/session-cookie");

const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
let admin = { id: 0, token: "", cookie: "" };

describe("request log (issue 9 §12)", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    const a = await createUser("admin");
    admin = { id: a.user.id, token: a.token, cookie: await sessionCookie(a.user.id) };
  });

  it("writes one JSON line per request: id, route, method, status, duration, user; echoes a caller's x-request-id", async () => {
    lines.length = 0;
    const r = await callJson(listUsers, "/api/v1/users", { token: admin.token, headers: { "x-request-id": "trace-42" } });
    expect(r.status).toBe(200);
    const entries = logged().filter((l) => l.msg === "api request");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ level: 30, requestId: "trace-42", method: "GET", route: "/api/v1/users", status: 200, userId: admin.id, via: "token" });
    expect(entries[0]!.durationMs).toEqual(expect.any(Number));
  });

  it("generates an id when the caller sends none or a malformed one, and answers with it", async () => {
    lines.length = 0;
    const { call } = await import("../support/api");
    const res = await call(listUsers, "/api/v1/users", { token: admin.token, headers: { "x-request-id": `${"x".repeat(200)}"}{` } });
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged()[0]).toMatchObject({ requestId: id });
  });

  it("API responses get HSTS only over https, X-Forwarded-Proto counting only with TRUST_PROXY=1", async () => {
    const { call } = await import("../support/api");
    const viaProxy = { "x-forwarded-proto": "https" };
    expect((await call(listUsers, "/api/v1/users", { token: admin.token, headers: viaProxy })).headers.get("strict-transport-security")).toBeNull();
    process.env.TRUST_PROXY = "1";
    try {
      expect((await call(listUsers, "/api/v1/users", { token: admin.token, headers: viaProxy })).headers.get("strict-transport-security")).toMatch(
        /^max-age=31536000/,
      );
      expect((await call(listUsers, "/api/v1/users", { token: admin.token })).headers.get("strict-transport-security")).toBeNull();
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it("logs the route pattern, never path values, tokens, passwords or cookies", async () => {
    lines.length = 0;
    await callJson(postUser, "/api/v1/users", {
      method: "POST",
      rawBody: JSON.stringify({ email: "logged@example.com", password: TEST_PASSWORD, role: "viewer", name: "x" }),
      headers: { host: "localhost", origin: "http://localhost", cookie: admin.cookie, "content-type": "application/json" },
    });
    await callJson(getReport, "/api/v1/reports/777", { token: admin.token, params: { id: "777" } });
    const text = lines.join("");
    expect(logged().map((l) => [l.route, l.status, l.userId, l.via])).toEqual([
      ["/api/v1/users", 201, admin.id, "session"],
      ["/api/v1/reports/[id]", 404, admin.id, "token"],
    ]);
    expect(text).not.toContain(admin.token);
    expect(text).not.toContain(admin.cookie.split("=")[1]!);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toMatch(/authorization|cookie/i);
  });

  it("logs an unexpected error once, with its stack, under the request's id; the answer is a plain 500", async () => {
    lines.length = 0;
    const res = errorResponse(new Error("boom in the data layer"), logger.child({ requestId: "r-1" }));
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain("boom");
    const errors = logged().filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      requestId: "r-1",
      msg: "unhandled error",
      err: { message: "boom in the data layer", stack: expect.stringContaining("request-log.integration.test.ts") },
    });
  });

  it("redacts secrets even when code logs them by mistake", () => {
    lines.length = 0;
    logger.info({ password: "hunter2", headers: { authorization: "Bearer pm_secret", cookie: "next-auth.session-token=abc" } }, "careless");
    expect(lines.join("")).not.toMatch(/hunter2|pm_secret|session-token=abc/);
  });
});
