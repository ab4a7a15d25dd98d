// scratch (not committed): profile the cached overview under load
import { spawn } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { BENCH_PLAN, generateBenchData } from "./bench-progress/generate";
import { freePort, loadHttp, signIn } from "./bench-progress/measure";
const url = process.env.DATABASE_URL!;
const db = new pg.Client({ connectionString: url });
await db.connect();
await generateBenchData(db, (m) => console.error(m));
await db.query(`INSERT INTO "User"(email, name, "passwordHash", role, "updatedAt") VALUES ('p@example.com', 'P', $1, 'admin', now())`, [await hashPassword("pw-pw-pw-pw-pw")]);
await db.end();
const port = await freePort();
fs.rmSync("/tmp/prof", { recursive: true, force: true });
const child = spawn("node", [...(process.env.PROF ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : []), "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production", JOBS: "off" } });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 300; i++) { try { if ((await fetch(`${base}/login`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 200)); }
const cookie = await signIn(base, "p@example.com", "pw-pw-pw-pw-pw");
for (const p of [`/progress?plan=${BENCH_PLAN}`, "/login"]) {
  for (let i = 0; i < 5; i++) await (await fetch(base + p, { headers: { cookie } })).arrayBuffer();
  const body = await (await fetch(base + p, { headers: { cookie } })).text();
  console.error(p, "bytes", body.length);
  fs.writeFileSync(`/tmp/page-${p.includes("progress") ? "progress" : "login"}.html`, body);
}
if (process.env.ONLY_HTML) { child.kill("SIGINT"); process.exit(0); }
if (process.env.MIXED) {
  const { loadHttpTogether } = await import("./bench-progress/measure");
  const wpool = new pg.Pool({ connectionString: url, max: 4 });
  let running = true; let wrote = 0;
  const writer = async () => { while (running) { const t = Date.now(); await wpool.query(`
      WITH pick AS MATERIALIZED (
        SELECT 'progress_bench_' || lpad((1 + floor(random() * 50))::int::text, 2, '0') AS code,
               'B' || lpad((1 + floor(random() * 1000))::int::text, 4, '0') AS adcode, 2006 + floor(random() * 20)::int AS year)
      INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags, "supersedesId")
      SELECT o."indicatorId", o."regionAdcode", o.year, o.version + 1, 'value', round(o.value * 1.001, 4), 'bench write', '{}', o.id
      FROM pick JOIN "Indicator" i ON i.code = pick.code
      JOIN "ObservationCurrent" k ON k."indicatorId" = i.id AND k."regionAdcode" = pick.adcode AND k.year = pick.year
      JOIN "Observation" o ON o.id = k."observationId"`); wrote++; await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - t)))); } };
  const { generateToken } = await import("@/lib/auth/api-tokens");
  const tc = new pg.Client({ connectionString: url }); await tc.connect();
  const uid = (await tc.query(`SELECT id FROM "User" WHERE email = 'p@example.com'`)).rows[0].id;
  const tokens: string[] = [];
  for (let i = 0; i < 10; i++) { const { token, hash, prefix } = generateToken(); await tc.query(`INSERT INTO "ApiToken"("userId", name, "tokenHash", prefix) VALUES ($1, $2, $3, $4)`, [uid, `t${i}`, hash, prefix]); tokens.push(token); }
  await tc.end();
  const readers = [{ url: `${base}/progress?plan=${BENCH_PLAN}`, connections: 10, headersFor: () => ({ cookie }) }, { url: `${base}/api/v1/progress?plan=${BENCH_PLAN}`, connections: 10, headersFor: (i: number) => ({ authorization: `Bearer ${tokens[i % 10]}` }) }];
  for (let i = 0; i < 5; i++) await (await fetch(readers[1]!.url, { headers: readers[1]!.headersFor(0) })).arrayBuffer();
  const ro = await loadHttpTogether(readers, 10);
  console.error("readonly", JSON.stringify(ro));
  const ws = [writer(), writer()];
  const mixed = await loadHttpTogether(readers, 15);
  running = false; await Promise.all(ws);
  console.error("mixed", JSON.stringify(mixed), "wrote", wrote);
  child.kill("SIGINT"); process.exit(0);
}
const r = await loadHttp(`${base}/progress?plan=${BENCH_PLAN}`, { connections: 20, seconds: 10, headersFor: () => ({ cookie }) });
console.error("overview", JSON.stringify(r));
const l = await loadHttp(`${base}/login`, { connections: 20, seconds: 10, headersFor: () => ({}) });
console.error("login", JSON.stringify(l));
child.kill("SIGINT");
await new Promise((r) => setTimeout(r, 3000));
