// Fault: the built app (`next start`) with its database stopped. The API answers 503
// with Retry-After (not a 500 with a stack trace per request, one log line for the
// outage); /login still renders, with the notice; after the database restarts the
// same app process serves again. Needs the build (scripts/test-all.mjs builds first).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain .mjs script without type declarations
import { freePort } from "@/scripts/lib/embedded-db.mjs";
import { outageStrings } from "@/lib/i18n/strings/outage";
import { sleep, startFaultDb } from "./support/fault-db";

const built = fs.existsSync(path.join(".next", "BUILD_ID"));
let db: Awaited<ReturnType<typeof startFaultDb>>;
let app: ChildProcess | undefined;
let base = "";
let token = "";
let session = "";
const SECRET = "fault-test-secret-fault-test-secret";
let appLog = "";
let viewerName = "";

async function get(p: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${p}`, { headers, redirect: "manual" });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), text: await res.text() };
}

describe.skipIf(!built)("the built app with its database stopped", () => {
  beforeAll(async () => {
    db = await startFaultDb();
    process.env.DATABASE_URL = db.url;
    const { seedAll } = await import("@/prisma/seed");
    const { createUser } = await import("../support/factories");
    const { prisma } = await import("@/lib/db");
    await seedAll({ admin: false, sample: false });
    const viewer = await createUser("viewer");
    token = viewer.token;
    viewerName = viewer.user.name;
    // a signed-in browser: the session cookie next-auth would set
    const { encode } = await import("next-auth/jwt");
    session = `next-auth.session-token=${await encode({ token: { uid: viewer.user.id, email: viewer.user.email, sv: 0 }, secret: SECRET })}`;
    await prisma.$disconnect();
    const port = Number(process.env.FAULT_PORT ?? (await freePort()));
    base = `http://127.0.0.1:${port}`;
    // its own process group, so the whole server goes when the test ends
    app = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production", LOG_LEVEL: "info", NEXTAUTH_SECRET: SECRET },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    app.stdout!.on("data", (d) => (appLog += d));
    app.stderr!.on("data", (d) => (appLog += d));
    for (let i = 0; i < 600; i++) {
      if (
        (await fetch(`${base}/login`).then(
          (r) => r.status,
          () => 0,
        )) === 200
      )
        return;
      await sleep(100);
    }
    throw new Error(`next start did not answer: ${appLog}`);
  });

  afterAll(async () => {
    if (app?.pid) process.kill(-app.pid, "SIGTERM");
    await db?.cleanup();
  });

  it("answers 503 from the API, renders /login with a notice, and serves again once the database is back", async () => {
    const auth = { authorization: `Bearer ${token}` };
    expect((await get("/api/v1/regions", auth)).status).toBe(200);
    expect((await get("/login")).text).not.toContain(outageStrings.zh.loginNotice);
    const signedIn = await get("/regions", { cookie: session });
    expect(signedIn.status).toBe(200);
    expect(signedIn.text).toContain(viewerName);

    const logBefore = appLog.length;
    process.kill(db.pid()!, "SIGINT"); // no supervisor here: it stays down
    while (db.pid()) await sleep(20);
    const api = await Promise.all(Array.from({ length: 20 }, () => get("/api/v1/regions", auth)));
    const health = await get("/api/health");
    const login = await get("/login");
    // signed in: the layout cannot read the user, renders the shell with the notice; the
    // page's data read fails into the error boundary (status 500: the App Router sets
    // no other status for an error)
    const page = await get("/regions", { cookie: session });
    await sleep(300); // the app's stdout arrives through a pipe
    const logDuring = appLog.slice(logBefore);
    const down = api.filter((r) => r.status === 503 && r.retryAfter === "5").length;
    console.log(
      `[fault] database stopped: API ${down}/20 × 503 with Retry-After, /api/health ${health.status}, /login ${login.status}, /regions signed in ${page.status}; app log ${logDuring.split("\n").filter(Boolean).length} lines, ${(logDuring.match(/\n\s+at /g) ?? []).length} stack frames`,
    );
    expect(api.map((r) => r.status)).toEqual(Array(20).fill(503));
    expect(JSON.parse(api[0]!.text).error.message.en).toContain("temporarily unavailable");
    expect(health.status).toBe(503);
    expect(login.status).toBe(200);
    expect(login.text).toContain(outageStrings.zh.loginNotice);
    expect(page.text).toContain(outageStrings.zh.loginNotice);
    expect(page.text).not.toContain("Application error");
    expect(logDuring.match(/"event":"db_down"/g)).toHaveLength(1);
    expect(logDuring).not.toMatch(/\n\s+at /); // no stack traces

    const restarted = Date.now();
    await db.restart();
    const back = Date.now();
    let ok = 0;
    while (ok !== 200 && Date.now() - back < 10_000) ok = (await get("/api/v1/regions", auth)).status;
    console.log(`[fault] database restarted in ${((back - restarted) / 1000).toFixed(1)} s; the same app served again ${Date.now() - back} ms later`);
    expect(ok).toBe(200);
    expect(Date.now() - back).toBeLessThanOrEqual(2_000);
    expect((await get("/api/health")).status).toBe(200);
    expect((await get("/login")).text).not.toContain(outageStrings.zh.loginNotice);
    await sleep(300);
    expect(appLog.slice(logBefore).match(/"event":"db_up"/g)).toHaveLength(1);
  });
});
