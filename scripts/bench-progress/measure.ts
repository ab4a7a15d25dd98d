// Load measurement helpers for the progress benchmark: autocannon against the running
// app (every latency recorded, so p95 is exact), the same concurrency of raw SQL over a
// pg pool, the session cookie of a signed-in user, and the gzip size of a page's JS.
import { createRequire } from "node:module";
import net from "node:net";
import zlib from "node:zlib";
import type { Pool } from "pg";

const require = createRequire(import.meta.url);
// autocannon ships no types; the few fields used here are typed below.
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => AutocannonInstance;

interface AutocannonClient {
  setHeaders(headers: Record<string, string>): void;
}
interface AutocannonInstance extends PromiseLike<{ requests: { average: number }; non2xx: number; errors: number; timeouts: number }> {
  on(event: "response", fn: (client: AutocannonClient, status: number, bytes: number, ms: number) => void): void;
}

export interface LatencyStats {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function stats(latencies: number[], seconds: number, errors: number): LatencyStats {
  const s = [...latencies].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: s.length,
    rps: r(s.length / seconds),
    p50: r(percentile(s, 50)),
    p95: r(percentile(s, 95)),
    p99: r(percentile(s, 99)),
    max: r(s[s.length - 1] ?? NaN),
    errors,
  };
}

/** HTTP load with autocannon; `headersFor(i)` gives each connection its own headers (e.g. its own token). */
export async function loadHttp(
  url: string,
  opts: { connections: number; seconds: number; headersFor: (i: number) => Record<string, string> },
): Promise<LatencyStats> {
  const { latencies, errors } = await loadHttpLatencies(url, opts);
  return stats(latencies, opts.seconds, errors);
}

type Load = { url: string; connections: number; headersFor: (i: number) => Record<string, string> };
export type PairOptions = { seconds: number; rounds: number; warmSeconds: number };

/**
 * Two loads compared with each other (a page against the framework's floor): each first
 * warmed under the same load for `warmSeconds` (not counted: the first seconds of a path
 * under load are V8 compiling it), then measured in `rounds` alternating windows
 * totalling `seconds` each, pooled per load. A shared 2-core machine's speed drifts by
 * tens of percent within a minute (the same /login measured 90 and 225 requests per
 * second in one hour); alternating puts both sides of a ratio under the same drift.
 */
export async function loadHttpPair(a: Load, b: Load, opts: PairOptions): Promise<[LatencyStats, LatencyStats]> {
  for (const l of [a, b]) await loadHttpLatencies(l.url, { ...l, seconds: opts.warmSeconds });
  const pooled = [a, b].map(() => ({ latencies: [] as number[], errors: 0 }));
  const window = opts.seconds / opts.rounds;
  for (let k = 0; k < opts.rounds; k++) {
    for (const [i, l] of [a, b].entries()) {
      const r = await loadHttpLatencies(l.url, { ...l, seconds: window });
      pooled[i]!.latencies.push(...r.latencies);
      pooled[i]!.errors += r.errors;
    }
  }
  const [sa, sb] = pooled.map((p) => stats(p.latencies, opts.seconds, p.errors));
  return [sa!, sb!];
}

/** Latencies of several loads run at once, pooled (e.g. readers of two pages), as one set of stats. */
export async function loadHttpTogether(
  loads: { url: string; connections: number; headersFor: (i: number) => Record<string, string> }[],
  seconds: number,
): Promise<LatencyStats> {
  const runs = await Promise.all(loads.map((l) => loadHttpLatencies(l.url, { ...l, seconds })));
  return stats(
    runs.flatMap((r) => r.latencies),
    seconds,
    runs.reduce((n, r) => n + r.errors, 0),
  );
}

async function loadHttpLatencies(
  url: string,
  opts: { connections: number; seconds: number; headersFor: (i: number) => Record<string, string> },
): Promise<{ latencies: number[]; errors: number }> {
  let n = 0;
  const latencies: number[] = [];
  let bad = 0;
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    setupClient: (client: AutocannonClient) => client.setHeaders(opts.headersFor(n++)),
  });
  const statuses = new Map<number, number>();
  instance.on("response", (_c, status, _b, ms) => {
    latencies.push(ms);
    if (status < 200 || status >= 300) {
      bad += 1;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  const result = await instance;
  // an error is a finding, not only a count: say which
  if (bad + result.errors + result.timeouts > 0)
    process.stderr.write(
      `[bench] ${url}: ${JSON.stringify(Object.fromEntries(statuses))} non-2xx, ${result.errors} connection errors, ${result.timeouts} timeouts\n`,
    );
  return { latencies, errors: bad + result.errors + result.timeouts };
}

/** One machine-readable line per bench case (issue 17): ratio = value / baseline, met when ratio ≤ goal. */
export function benchLine(name: string, value: number, unit: string, baseline: number, goal: number): string {
  const ratio = Math.round((value / baseline) * 100) / 100;
  return `BENCH ${JSON.stringify({ name, value, unit, baseline, ratio, goal, met: ratio <= goal })}`;
}

export const median = (xs: readonly number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** The same concurrency of one SQL statement over a pool: `connections` loops for `seconds`. */
export async function loadSql(pool: Pool, sql: string, params: unknown[], opts: { connections: number; seconds: number }): Promise<LatencyStats> {
  const latencies: number[] = [];
  const end = Date.now() + opts.seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        try {
          await pool.query(sql, params);
        } catch {
          errors += 1;
        }
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  return stats(latencies, opts.seconds, errors);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookies = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return [...cookies, session].join("; ");
}

/**
 * First-load JS of a page: every <script src> the HTML references, fetched and gzipped
 * (level 9, as a CDN would serve it), summed. Returns bytes.
 */
export async function firstLoadJs(base: string, path: string, cookie: string): Promise<{ files: number; raw: number; gzip: number }> {
  const html = await (await fetch(base + path, { headers: { cookie } })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.length, raw, gzip };
}
