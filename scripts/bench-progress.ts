// npm run bench — the progress part. On the throwaway database of `with-db --fresh`:
// generates 1,050,000 observation versions and 50,000 targets (bench-progress/generate.ts),
// starts the built app, then measures with 20 concurrent clients
//   - GET /api/v1/progress (the default page), each client with its own API token;
//   - the same page computed by one raw SQL statement over 20 pg connections;
//   - the overview page /progress (signed-in session);
// and the first-load JS of /progress (gzip). Goals (issue 4): API p95 ≤ 50 ms and
// ≤ 2 × the raw query; overview p95 ≤ 150 ms; first-load JS ≤ 250 kB gzip.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { generateToken } from "@/lib/auth/api-tokens";
import { hashPassword } from "@/lib/auth/password";
import { chinaYear } from "@/lib/validation/as-of";
import { BENCH_PLAN, generateBenchData } from "./bench-progress/generate";
import { firstLoadJs, freePort, loadHttp, loadSql, signIn, type LatencyStats } from "./bench-progress/measure";
import { RAW_PROGRESS_SQL } from "./bench-progress/raw-query";

const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PASSWORD = "bench-password-not-secret";
const log = (m: string) => process.stderr.write(`[bench-progress] ${m}\n`);

async function createUserWithTokens(db: pg.Client, n: number): Promise<{ email: string; tokens: string[] }> {
  const email = "bench-admin@example.com";
  const user = await db.query(`INSERT INTO "User"(email, name, "passwordHash", role, "updatedAt") VALUES ($1, 'Bench', $2, 'admin', now()) RETURNING id`, [email, await hashPassword(PASSWORD)]);
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) {
    const { token, hash, prefix } = generateToken();
    await db.query(`INSERT INTO "ApiToken"("userId", name, "tokenHash", prefix) VALUES ($1, $2, $3, $4)`, [user.rows[0].id, `bench ${i}`, hash, prefix]);
    tokens.push(token);
  }
  return { email, tokens };
}

/** `next build` unless the sources are unchanged since the last one (with-db.mjs --build decides). */
function ensureBuild(): void {
  const r = spawnSync("node", ["scripts/with-db.mjs", "--build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("next build failed");
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/login`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error("next start did not come up");
}

interface ApiEntry {
  targetId: number;
  status: string;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (run through npm run bench)");
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  log("generating data…");
  await generateBenchData(db, log);
  const { email, tokens } = await createUserWithTokens(db, CONNECTIONS);
  await db.end();

  ensureBuild();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port);
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  try {
    const auth = (i: number) => ({ authorization: `Bearer ${tokens[i % tokens.length]}` });
    const apiPath = `/api/v1/progress?plan=${BENCH_PLAN}`;
    const first = (await (await fetch(base + apiPath, { headers: auth(0) })).json()) as { asOf: string; evaluationYear: number; entries: ApiEntry[] };
    const pageSize = first.entries.length;
    const asOf = new Date(first.asOf);
    const sqlParams = [BENCH_PLAN, pageSize, asOf, chinaYear(asOf)];
    const raw = await pool.query<{ id: number; status: string }>(RAW_PROGRESS_SQL, sqlParams);
    const apiStatus = new Map(first.entries.map((e) => [e.targetId, e.status]));
    const mismatches = raw.rows.filter((r) => apiStatus.get(r.id) !== r.status).length;
    const statusMix: Record<string, number> = {};
    for (const e of first.entries) statusMix[e.status] = (statusMix[e.status] ?? 0) + 1;
    log(`page of ${pageSize} targets; raw SQL agrees on ${raw.rows.length - mismatches}/${raw.rows.length} statuses; mix ${JSON.stringify(statusMix)}`);

    const cookie = await signIn(base, email, PASSWORD);
    const warm = async (path: string, headers: Record<string, string>) => {
      for (let i = 0; i < 5; i++) await (await fetch(base + path, { headers })).arrayBuffer();
    };
    await warm(apiPath, auth(0));
    const t0 = Date.now();
    await warm("/progress", { cookie });
    log(`overview warm-up: 5 requests in ${Date.now() - t0} ms`);

    const results: Record<string, LatencyStats> = {};
    log(`GET ${apiPath}: ${CONNECTIONS} connections × ${SECONDS} s`);
    results.api = await loadHttp(base + apiPath, { connections: CONNECTIONS, seconds: SECONDS, headersFor: auth });
    log(`raw SQL: ${CONNECTIONS} connections × ${SECONDS} s`);
    results.rawSql = await loadSql(pool, RAW_PROGRESS_SQL, sqlParams, { connections: CONNECTIONS, seconds: SECONDS });
    log(`GET /progress: ${CONNECTIONS} connections × ${SECONDS} s`);
    results.overview = await loadHttp(`${base}/progress?plan=${BENCH_PLAN}`, { connections: CONNECTIONS, seconds: SECONDS, headersFor: () => ({ cookie }) });
    const js = await firstLoadJs(base, "/progress", cookie);

    const kb = (b: number) => Math.round(b / 102.4) / 10;
    const verdicts = {
      apiP95: `${results.api.p95} ms (goal ≤ 50)`,
      apiVsRaw: `${Math.round((results.api.p95 / results.rawSql.p95) * 100) / 100}× raw p95 ${results.rawSql.p95} ms (goal ≤ 2×)`,
      overviewP95: `${results.overview.p95} ms (goal ≤ 150)`,
      firstLoadJs: `${kb(js.gzip)} kB gzip in ${js.files} files, ${kb(js.raw)} kB raw (goal ≤ 250)`,
    };
    console.table(results);
    console.log(verdicts);
    fs.mkdirSync("bench-results", { recursive: true });
    fs.writeFileSync("bench-results/progress.json", JSON.stringify({ at: new Date().toISOString(), pageSize, mismatches, statusMix, connections: CONNECTIONS, seconds: SECONDS, results, js, verdicts }, null, 2));
    if (mismatches > 0) process.exitCode = 1;
  } finally {
    await pool.end();
    server.kill("SIGTERM");
  }
}

await main();
