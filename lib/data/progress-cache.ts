import "server-only";
import { pool, prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { asOfKey, LruCache, snapshotIsQuiet } from "@/lib/progress/cache-key";

// Evaluations of the progress arithmetic are cached per (query, evaluation year, as-of),
// and each cached value carries the data version it was computed from. Every request
// reads the current version (one cheap query) and reuses a value only if it is equal,
// so a new observation, retraction, target or audited edit is visible at once. See
// lib/progress/cache-key.ts for why as-of requests can share entries.
//
// The data version, all O(log n) reads:
//   - Observation: max id, and how many rows lie in the last 1,000 ids (a version that
//     committed a moment late, with an id just below the maximum, still shows up) —
//     counted over the top 1,000 index entries, so the planner's estimate stays small
//     (an open-ended "id > …" range made it JIT-compile the query: +30 ms a request);
//   - Target: max id (new targets); AuditLog: max id and the same window (every write
//     in the app is audited in its own transaction: target and indicator edits too);
//   - Plan, Indicator: newest updatedAt (thresholds, units); counts of indicators, regions.
// A value is only stored when it was read under a snapshot with no write in progress
// (a long import committing later could otherwise add rows below the max id).

const VERSION_SQL = Prisma.sql`
  SELECT json_build_array(
    (SELECT max(id) FROM "Observation"),
    (SELECT count(*) FROM (SELECT id FROM "Observation" ORDER BY id DESC LIMIT 1000) w WHERE w.id > (SELECT max(id) - 1000 FROM "Observation")),
    (SELECT max(id) FROM "Target"),
    (SELECT max(id) FROM "AuditLog"),
    (SELECT count(*) FROM (SELECT id FROM "AuditLog" ORDER BY id DESC LIMIT 1000) w WHERE w.id > (SELECT max(id) - 1000 FROM "AuditLog")),
    (SELECT max("updatedAt") FROM "Plan"),
    (SELECT max("updatedAt") FROM "Indicator"),
    (SELECT count(*) FROM "Indicator"),
    (SELECT count(*) FROM "Region")
  )::text AS key,
  -- epoch milliseconds: the same number through Prisma and through raw pg, whatever the
  -- session or process time zone (createdAt is a timestamp without time zone, in UTC)
  -- target versions count too: an as-of moment before a plan revision reads the old figures
  (SELECT extract(epoch FROM greatest((SELECT max("createdAt") FROM "Observation"), (SELECT max("createdAt") FROM "TargetVersion"))) * 1000)::float8 AS "newestCreatedAtMs",
  pg_current_snapshot()::text AS snapshot`;

interface VersionRow {
  key: string;
  newestCreatedAtMs: number | null;
  snapshot: string;
}

/**
 * The current data version. Read on every request, so straight through the pg pool:
 * Prisma's per-query work (plan interpretation, result mapping) cost more than the query.
 */
async function readVersion(): Promise<VersionRow | undefined> {
  const { rows } = await pool.query<VersionRow>(VERSION_SQL.text);
  return rows[0];
}

interface Cached<T> {
  version: string;
  value: T;
}

export type EvaluationCache<T> = LruCache<Cached<T>>;

/** A process-wide cache (kept on globalThis so every route bundle shares it). */
export function evaluationCache<T>(name: string, maxCost: number): EvaluationCache<T> {
  const g = globalThis as unknown as { __progressCaches?: Map<string, unknown> };
  g.__progressCaches ??= new Map();
  if (!g.__progressCaches.has(name)) g.__progressCaches.set(name, new LruCache<Cached<T>>(maxCost));
  return g.__progressCaches.get(name) as EvaluationCache<T>;
}

/** PROGRESS_CACHE=off disables the cache (to measure the uncached path). */
const enabled = () => env().PROGRESS_CACHE;

/**
 * The value for `query` as of `asOf`: from the cache when the data have not changed,
 * else computed by `build` from rows read in one REPEATABLE READ transaction together
 * with the data version. `key` must name everything the query depends on except the
 * as-of moment and the evaluation year.
 */
export async function cachedEvaluation<R, T>(opts: {
  cache: EvaluationCache<T>;
  key: string;
  asOf: Date;
  evaluationYear: number;
  query: Prisma.Sql;
  build: (rows: R[]) => T;
  cost: (value: T) => number;
}): Promise<T> {
  const { cache, asOf, evaluationYear } = opts;
  const fullKey = (v: VersionRow) => `${opts.key}|${evaluationYear}|${asOfKey(asOf, v.newestCreatedAtMs === null ? null : new Date(v.newestCreatedAtMs))}`;
  if (!enabled()) return opts.build(await prisma.$queryRaw<R[]>(opts.query));
  const current = await readVersion();
  const hit = current ? cache.get(fullKey(current)) : undefined;
  if (hit && current && hit.version === current.key) return hit.value;

  const [[version], rows] = await prisma.$transaction([prisma.$queryRaw<VersionRow[]>(VERSION_SQL), prisma.$queryRaw<R[]>(opts.query)], {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  });
  const value = opts.build(rows);
  if (version && snapshotIsQuiet(version.snapshot)) {
    cache.set(fullKey(version), { version: version.key, value }, opts.cost(value));
  }
  return value;
}
