import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { makeHostileCorpus } from "../fixtures/make-hostile-xlsx";
import { ADMIN } from "./login";

// Issue 9.2 against the real production server (`next start`, the e2e layer's): every
// hostile workbook is refused with the bound it crossed, the server answers the next
// request, and its peak RSS (VmHWM of the process listening on the port) stays < 600 MB.

const port = Number(process.env.E2E_PORT ?? 3199);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The pid of the process listening on 127.0.0.1:<port>, found through /proc (Linux). */
function serverPid(): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[1]?.endsWith(`:${hexPort}`) && f[3] === "0A") inodes.add(f[9]!); // 0A = LISTEN
    }
  }
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      }
    } catch {
      // a process that ended, or one we may not inspect
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

const peakRssMb = (pid: number) => Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024);

/** A fresh API token of the e2e admin, written straight into the database. */
async function adminToken(): Promise<string> {
  const token = `pm_${crypto.randomBytes(32).toString("base64url")}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "User" WHERE email = $1`, [ADMIN.email]);
    await client.query(`INSERT INTO "ApiToken" ("userId", name, "tokenHash", prefix) VALUES ($1, 'e2e hostile uploads', $2, $3)`, [
      rows[0]!.id,
      crypto.createHash("sha256").update(token).digest("hex"),
      token.slice(0, 10),
    ]);
  } finally {
    await client.end();
  }
  return token;
}

test("the hostile XLSX corpus is refused by the running server, which stays up and under 600 MB", async ({ request }) => {
  test.setTimeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-xlsx-e2e-"));
  try {
    const corpus = await makeHostileCorpus(dir);
    const token = await adminToken();
    const pid = serverPid();
    const before = peakRssMb(pid);
    const figures: string[] = [];
    for (const f of corpus) {
      const t0 = Date.now();
      const res = await request.post("/api/v1/observations/import?dryRun=true", {
        headers: { authorization: `Bearer ${token}`, "content-type": XLSX, "x-file-name": `${f.name}.xlsx` },
        data: fs.readFileSync(f.file),
        timeout: 120_000,
      });
      expect([413, 422], f.name).toContain(res.status());
      const body = (await res.json()) as { error: { message: { zh: string; en: string } } };
      expect(body.error.message.en, f.name).toMatch(f.expect);
      const next = await request.get("/api/v1/plans", { headers: { authorization: `Bearer ${token}` } });
      expect(next.status(), `after ${f.name}`).toBe(200);
      figures.push(`${f.name} ${res.status()} ${Date.now() - t0} ms, peak ${peakRssMb(pid)} MB`);
    }
    const peak = peakRssMb(pid);
    console.info(`[hostile-xlsx e2e] next-server pid ${pid}: peak RSS ${before} MB before, ${peak} MB after; ${figures.join("; ")}`);
    expect(peak).toBeLessThan(600);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
