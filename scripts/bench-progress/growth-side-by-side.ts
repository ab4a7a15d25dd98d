// api_growth_5m (issue 17): the API over the bench series at about 1 M versions against
// a copy of the database grown to 5 M.
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { freePort, loadHttpPair, type LatencyStats, type PairOptions } from "./measure";
import { startServer, stopServer, warm } from "./server";
import { growBenchSeries } from "./writes";

/**
 * api_growth_5m: the API over the bench series at about 1 M versions and at 5 M, side by
 * side. The grown series go into a copy of the database (CREATE DATABASE … TEMPLATE), and
 * two servers, one on each, are measured in alternating windows (loadHttpPair), like the
 * other ratio cases. Growing the one database in place compared two moments minutes
 * apart: in one run the no-data route beside the API slowed 76 → 153 ms between them.
 */
export async function growthSideBySide(
  url: string,
  apiPath: string,
  auth: (i: number) => Record<string, string>,
  load: { connections: number; pair: PairOptions; log: (m: string) => void },
): Promise<{ versions: { before: number; after: number }; results: [LatencyStats, LatencyStats] }> {
  const source = decodeURIComponent(new URL(url).pathname.slice(1));
  const copy = `${source}_grown`;
  const at = (db: string) => Object.assign(new URL(url), { pathname: `/${encodeURIComponent(db)}` }).toString();
  const admin = new pg.Client({ connectionString: at("postgres") });
  await admin.connect();
  const started: ChildProcess[] = [];
  try {
    const t0 = Date.now();
    await admin.query(`DROP DATABASE IF EXISTS "${copy}"`);
    // the servers before this one may take a moment to close their connections
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${source}" STRATEGY FILE_COPY`);
        break;
      } catch (e) {
        if (attempt >= 30 || !/being accessed by other users/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    load.log(`growth: copied the database in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const grownPool = new pg.Pool({ connectionString: at(copy), max: 2 });
    const versions = await growBenchSeries(grownPool, 5_000_000).finally(() => grownPool.end());
    const bases: string[] = [];
    for (const db of [source, copy]) {
      const port = await freePort();
      started.push(await startServer(port, { DATABASE_URL: at(db) }));
      bases.push(`http://127.0.0.1:${port}`);
      await warm(bases.at(-1)!, apiPath, auth(0));
    }
    load.log(
      `GET ${apiPath} at ${versions.before.toLocaleString("en")} and ${versions.after.toLocaleString("en")} versions: ${load.connections} connections, ${load.pair.rounds} alternating windows, ${load.pair.seconds} s each`,
    );
    const results = await loadHttpPair(
      { url: bases[0]! + apiPath, connections: load.connections, headersFor: auth },
      { url: bases[1]! + apiPath, connections: load.connections, headersFor: auth },
      load.pair,
    );
    return { versions, results };
  } finally {
    await Promise.all(started.map(stopServer));
    await admin.query(`DROP DATABASE IF EXISTS "${copy}"`).catch((e: unknown) => load.log(`growth: could not drop ${copy}: ${String(e)}`));
    await admin.end();
  }
}
