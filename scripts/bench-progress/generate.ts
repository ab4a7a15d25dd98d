// Scratch data for the progress benchmark, written straight with SQL (INSERT … SELECT
// generate_series) into the throwaway database of `npm run bench`:
//   1,000 regions × 50 indicators × 20 years (2006–2025) = 1,000,000 first versions (its
//   own regions and indicators only: other benches share the database),
//   plus a revision (version 2) of every 20th figure = 50,000 more;
//   one target per region × indicator (50,000): even indicators for 2020 (final
//   evaluation), odd ones for 2030 (schedule check); every 5th indicator a ceiling.
// Values follow a compound growth of 0–9.9 %/yr per series; targets ask for the same
// rate ±3 points, so every status occurs.
import type { Client } from "pg";

export const BENCH_PLAN = "bench-plan";
const FIRST_RELEASE = "2024-01-01T00:00:00Z";
const REVISION_RELEASE = "2025-06-01T00:00:00Z";

export async function generateBenchData(db: Client, log: (m: string) => void): Promise<{ planId: number }> {
  const t0 = Date.now();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const r = await db.query(sql, params);
    log(`  ${label}: ${r.rowCount ?? 0} rows, ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return r;
  };
  const plan = await step(
    "plan",
    `INSERT INTO "Plan"(slug, "nameZh", "nameEn", "docNumber", "issuingBodiesZh", "issuingBodiesEn", "issueDate", "periodStart", "periodEnd", "outlookYear", "baseYear", "scopeZh", "scopeEn", "sourceZh", "updatedAt")
     VALUES ($1, '基准规划', 'Benchmark plan', 'bench', '基准', 'bench', '2016-04-27', 2016, 2020, 2030, 2014, '基准', 'bench', 'bench', now()) RETURNING id`,
    [BENCH_PLAN],
  );
  const planId = Number((plan.rows[0] as { id: unknown }).id);
  await step(
    "regions",
    `INSERT INTO "Region"(adcode, "nameZh", "nameEn", level, "inCluster", lat, lon, "sortOrder")
     SELECT 'B' || lpad(g::text, 4, '0'), '基准地区' || g, 'Bench region ' || g,
            (CASE WHEN g % 10 = 0 THEN 'prefecture' ELSE 'county' END)::"RegionLevel", 'full',
            28.5 + (g * 7919 % 1000) / 1000.0 * 3.3, 103 + (g * 104729 % 1000) / 1000.0 * 5.8, g
     FROM generate_series(1, 1000) g`,
  );
  await step(
    "indicators",
    `INSERT INTO "Indicator"(code, "nameZh", "nameEn", unit, "definitionZh", "definitionEn", "updatedAt")
     SELECT 'progress_bench_' || lpad(g::text, 2, '0'), '基准指标' || g, 'Bench indicator ' || g, '万人', '基准', 'bench', now()
     FROM generate_series(1, 50) g`,
  );
  await step(
    "observations v1",
    `INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags, "createdAt", "publishedAt")
     SELECT i.id, r.adcode, y, 1, 'value',
            round((100 * power(1 + ((i.id * 31 + r."sortOrder" * 17) % 100) / 1000.0, y - 2006))::numeric, 4),
            'bench', CASE WHEN (i.id + r."sortOrder" + y) % 10 = 0 THEN ARRAY['low_confidence'] ELSE ARRAY[]::text[] END, $1::timestamptz, $1::timestamptz
     FROM "Indicator" i CROSS JOIN "Region" r CROSS JOIN generate_series(2006, 2025) y
     WHERE r.adcode LIKE 'B%' AND starts_with(i.code, 'progress_bench_')`,
    [FIRST_RELEASE],
  );
  await step(
    "observations v2 (revisions)",
    `INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags, "supersedesId", "createdAt", "publishedAt")
     SELECT o."indicatorId", o."regionAdcode", o.year, 2, 'value', round(o.value * 1.02, 4), 'bench revision', ARRAY[]::text[], o.id, $1::timestamptz, $1::timestamptz
     FROM "Observation" o WHERE o.version = 1 AND o.id % 20 = 0 AND o."regionAdcode" LIKE 'B%'`,
    [REVISION_RELEASE],
  );
  await step(
    "targets",
    `INSERT INTO "Target"("planId", "indicatorId", "regionAdcode", year, value, type, clause, "updatedAt")
     SELECT $1, i.id, r.adcode, T.year,
            round((100 * power(1 + rate, 8) * power(1 + rate + ((i.id * 7 + r."sortOrder" * 13) % 7 - 3) / 100.0, T.year - 2014))::numeric, 4),
            (CASE WHEN i.id % 5 = 0 THEN 'max' ELSE 'min' END)::"TargetType", 'bench', now()
     FROM "Indicator" i CROSS JOIN "Region" r
     CROSS JOIN LATERAL (SELECT ((i.id * 31 + r."sortOrder" * 17) % 100) / 1000.0 AS rate) g
     CROSS JOIN LATERAL (SELECT CASE WHEN i.id % 2 = 0 THEN 2020 ELSE 2030 END AS year) T
     WHERE r.adcode LIKE 'B%' AND starts_with(i.code, 'progress_bench_')
     -- region by region, so any page of targets mixes 2020 and 2030, floors and ceilings
     ORDER BY r."sortOrder", i.id`,
    [planId],
  );
  const t = Date.now();
  await db.query(`VACUUM ANALYZE`);
  // the generated gigabyte written out now, not by the checkpointer (spread over minutes)
  // while the first cases are measured
  await db.query(`CHECKPOINT`);
  log(`  vacuum analyze and checkpoint: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  log(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { planId };
}
