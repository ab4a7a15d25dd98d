// Fault: the process running a 100,000-row import is killed with SIGKILL while its
// transaction is writing into "Observation". All-or-nothing means 0 rows afterwards;
// a restarted import then writes all 100,000.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedRows, HEADER } from "../support/import-files";
import { queryOnce, sleep, startFaultDb } from "./support/fault-db";

const ROWS = 100_000;
const APP = "fault-import";
let db: Awaited<ReturnType<typeof startFaultDb>>;
let file = "";

function runImport(url: string) {
  // application_name lets the test find the child's backend in pg_stat_activity
  // node itself with tsx's loader, not the tsx CLI: the CLI runs the script in a
  // grandchild that a SIGKILL of the CLI would leave running (and committing)
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/fault/support/import-child.ts", file], {
    env: { ...process.env, DATABASE_URL: `${url}?application_name=${APP}`, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, out })),
  );
  return { child, done };
}

const faultRows = async () => Number((await queryOnce<{ n: string }>(db.url, `SELECT count(*) AS n FROM "Observation" WHERE source = 'fault'`))[0]!.n);
const importBackends = async () =>
  Number((await queryOnce<{ n: string }>(db.url, `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1`, [APP]))[0]!.n);

describe("SIGKILL during a 100,000-row import", () => {
  beforeAll(async () => {
    db = await startFaultDb();
    process.env.DATABASE_URL = db.url; // before the first import of lib/db
    const { seedAll } = await import("@/prisma/seed");
    const { prisma } = await import("@/lib/db");
    await seedAll({ admin: false, sample: false });
    // enough indicators for 100,000 distinct series (regions × 75 years each)
    const regions = (await prisma.region.findMany({ select: { adcode: true }, orderBy: { sortOrder: "asc" } })).map((r) => r.adcode);
    const codes = Array.from({ length: Math.ceil(ROWS / (regions.length * 75)) }, (_, i) => `fault_${String(i + 1).padStart(2, "0")}`);
    await prisma.indicator.createMany({ data: codes.map((code) => ({ code, nameZh: code, nameEn: code, unit: "万人", definitionZh: "", definitionEn: "" })) });
    await prisma.$disconnect();
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fault-import-")), "observations.csv");
    fs.writeFileSync(file, `${HEADER}\n${generatedRows(ROWS, regions, codes, "fault").join("\n")}\n`);
  });

  afterAll(async () => {
    if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await db?.cleanup();
  });

  it("leaves 0 rows, and the restarted import writes all 100,000", async () => {
    const monitor = new pg.Client({ connectionString: db.url });
    await monitor.connect();
    const t0 = Date.now();
    const first = runImport(db.url);
    // kill only once the import's transaction holds its write lock on "Observation",
    // i.e. has begun inserting versions: a kill during parsing would prove nothing
    let writing = false;
    while (!writing && Date.now() - t0 < 90_000) {
      const { rows } = await monitor.query(
        `SELECT 1 FROM pg_locks l JOIN pg_stat_activity a USING (pid)
         WHERE a.application_name = $1 AND l.relation = '"Observation"'::regclass AND l.mode = 'RowExclusiveLock' AND l.granted`,
        [APP],
      );
      writing = rows.length > 0;
      if (!writing) await sleep(20);
    }
    await monitor.end();
    expect(writing, "the import was writing into Observation before the kill").toBe(true);
    first.child.kill("SIGKILL");
    const killed = await first.done;
    expect(killed.signal).toBe("SIGKILL");
    expect(killed.out).toBe(""); // it never finished
    // the server rolls back when it notices the dead client; wait for its backend to go
    for (let i = 0; i < 200 && (await importBackends()) > 0; i++) await sleep(50);
    expect(await importBackends()).toBe(0);
    const afterKill = await faultRows();
    const audit = Number((await queryOnce<{ n: string }>(db.url, `SELECT count(*) AS n FROM "AuditLog" WHERE action = 'observation.import'`))[0]!.n);
    console.log(
      `[fault] import killed ${((Date.now() - t0) / 1000).toFixed(1)} s after start, while writing: ${afterKill} rows and ${audit} audit entries after the kill`,
    );
    expect(afterKill).toBe(0);
    expect(audit).toBe(0);

    const t1 = Date.now();
    const second = runImport(db.url);
    const finished = await second.done;
    expect(finished.code).toBe(0);
    expect(JSON.parse(finished.out)).toEqual({ created: ROWS, updated: 0, unchanged: 0, totalErrors: 0, fileErrors: 0 });
    const afterReimport = await faultRows();
    console.log(`[fault] re-import: ${afterReimport} rows in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    expect(afterReimport).toBe(ROWS);
  });
});
