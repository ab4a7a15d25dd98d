// The progress bench's writers (issue 17): one figure to a random bench series, the way
// any write lands (through the triggers); steady writers for the mixed load; and the
// growth of the bench series' history to millions of versions.
import type pg from "pg";

const log = (m: string) => process.stderr.write(`[bench-progress] ${m}\n`);

/**
 * One new version of a random bench series, the way any write lands (the triggers keep
 * the current-version table and the change log). The random pick is made once, in a CTE: random() in the
 * WHERE clause would be drawn again per row, writing none, several, or failing.
 */
export async function writeOneFigure(db: pg.Pool): Promise<void> {
  for (;;) {
    const r = await db.query(`
      WITH pick AS MATERIALIZED (
        SELECT 'progress_bench_' || lpad((1 + floor(random() * 50))::int::text, 2, '0') AS code,
               'B' || lpad((1 + floor(random() * 1000))::int::text, 4, '0') AS adcode,
               2006 + floor(random() * 20)::int AS year)
      INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags, "supersedesId")
      SELECT o."indicatorId", o."regionAdcode", o.year, o.version + 1, 'value', round(o.value * 1.001, 4), 'bench write', '{}', o.id
      FROM pick JOIN "Indicator" i ON i.code = pick.code
      JOIN "ObservationCurrent" k ON k."indicatorId" = i.id AND k."regionAdcode" = pick.adcode AND k.year = pick.year
      JOIN "Observation" o ON o.id = k."observationId"`);
    if (r.rowCount === 1) return;
    if ((r.rowCount ?? 0) > 1) throw new Error(`one figure was to be written, ${r.rowCount} were`);
    // that series has no figure for the year picked: pick again
  }
}

/**
 * Grows the history of the bench's own series (the ones its targets read) to about
 * `total` versions: each round gives every series one more version, with the value it
 * already has (so no status changes), through the triggers like any write. Then VACUUM
 * ANALYZE, so the measurement after it does not compete with autovacuum.
 */
export async function growBenchSeries(db: pg.Pool, total: number): Promise<{ before: number; after: number }> {
  const count = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Observation"`)).rows[0]!.n);
  const before = await count();
  const t0 = Date.now();
  let have = before;
  while (have < total) {
    const r = await db.query(`
      INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags, "supersedesId")
      SELECT o."indicatorId", o."regionAdcode", o.year, o.version + 1, 'value', o.value, 'bench growth', '{}', o.id
      FROM "Indicator" i
      JOIN "ObservationCurrent" k ON k."indicatorId" = i.id
      JOIN "Observation" o ON o.id = k."observationId"
      WHERE starts_with(i.code, 'progress_bench_') AND o.kind = 'value'
      ORDER BY o."indicatorId", o."regionAdcode", o.year`);
    if (!r.rowCount) throw new Error("growth wrote nothing");
    have += r.rowCount;
    log(`growth: ${have.toLocaleString("en")} versions (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  await db.query(`VACUUM ANALYZE "Observation"`);
  await db.query(`VACUUM ANALYZE "ObservationCurrent"`);
  // the 4 M rows' dirty pages written out now, not by a checkpoint during the API's
  // measurement that follows (as the import bench's growth case does)
  await db.query(`CHECKPOINT`);
  log(`growth: ${before.toLocaleString("en")} → ${have.toLocaleString("en")} versions in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { before, after: have };
}

/** `n` writers, each one figure per second, until the returned stop is called (resolves to the count written). */
export function startWriters(db: pg.Pool, n: number): () => Promise<number> {
  let running = true;
  let count = 0;
  const loops = Array.from({ length: n }, async (_, k) => {
    await new Promise((r) => setTimeout(r, (k * 1000) / n));
    while (running) {
      const t = Date.now();
      await writeOneFigure(db);
      count += 1;
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - t))));
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
    return count;
  };
}
