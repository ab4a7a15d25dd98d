// Issue 17's growth case for imports: the same import (fresh series) once the table
// holds 1 M observation versions and again at 5 M; the cost must follow the rows
// written, not the rows stored. The filler is written by set-based SQL (generate_series,
// one statement per step): series of FILL_VERSIONS versions each with only the newest
// current, as the triggers keep it. The triggers and foreign-key checks are off for that
// one statement (session_replication_role = replica: the rows are consistent by
// construction, and checking 4 M keys row by row would take minutes).
import pg from "pg";

const FILL_VERSIONS = 5;
const YEARS = 75; // 1950…2024, as generatedRows

async function withClient<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

export async function countVersions(): Promise<number> {
  return withClient(async (c) => Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Observation"`)).rows[0]!.n));
}

/** Adds filler versions until the table holds at least `total` (overshooting by less than one indicator's worth); returns the new count. */
export async function fillTo(total: number, tag: string): Promise<number> {
  return withClient(async (c) => {
    const have = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Observation"`)).rows[0]!.n);
    if (have >= total) return have;
    const regions = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Region"`)).rows[0]!.n);
    const indicators = Math.ceil((total - have) / (regions * YEARS * FILL_VERSIONS));
    await c.query(
      `INSERT INTO "Indicator"(code, "nameZh", "nameEn", unit, "definitionZh", "definitionEn", "updatedAt")
       SELECT $1 || lpad(g::text, 4, '0'), $1 || g, $1 || g, '万人', '', '', now() FROM generate_series(1, $2::int) g`,
      [`growth_fill_${tag}_`, indicators],
    );
    await c.query("BEGIN");
    await c.query("SET LOCAL session_replication_role = replica");
    await c.query(
      `INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags)
       SELECT i.id, r.adcode, y, v, 'value', 100 + (y - 1950) + v / 10.0, 'growth filler', '{}'
       FROM "Indicator" i CROSS JOIN "Region" r CROSS JOIN generate_series(1950, 1949 + ${YEARS}) y CROSS JOIN generate_series(1, ${FILL_VERSIONS}) v
       WHERE starts_with(i.code, $1)`,
      [`growth_fill_${tag}_`],
    );
    // with the triggers off (replica role), the current versions are recorded here
    await c.query(
      `INSERT INTO "ObservationCurrent"("indicatorId", "regionAdcode", year, "observationId", version, kind, value, source, "publishedAt", "createdAt")
       SELECT o."indicatorId", o."regionAdcode", o.year, o.id, o.version, o.kind, o.value, o.source, o."publishedAt", o."createdAt"
       FROM "Observation" o JOIN "Indicator" i ON i.id = o."indicatorId"
       WHERE starts_with(i.code, $1) AND o.version = ${FILL_VERSIONS}`,
      [`growth_fill_${tag}_`],
    );
    await c.query("COMMIT");
    await c.query(`VACUUM ANALYZE "Observation"`);
    await c.query(`VACUUM ANALYZE "ObservationCurrent"`);
    // the filler's dirty pages written out now (as the deep-history case does), not by a
    // checkpoint in the middle of the import measured next: at 5 M versions that filler is
    // 4 M rows, at 1 M a fifth of it, which charged the 5 M import for the difference
    await c.query(`CHECKPOINT`);
    return Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Observation"`)).rows[0]!.n);
  });
}
