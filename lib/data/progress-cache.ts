import "server-only";
import type pg from "pg";
import { pool, prisma, withPgTransaction } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { asOfKey, LruCache, snapshotIsQuiet } from "@/lib/progress/cache-key";
import { mergePage, mergeValues, pairsOf, touchedBy, type Change, type Evaluated, type Touched } from "@/lib/progress/incremental";

// Evaluations of the progress arithmetic are cached per (query, evaluation year, as-of)
// and kept up to date incrementally, in every app instance, from the database alone.
//
// Every write that can change an evaluation adds rows to "DataChange" in its own
// transaction (triggers, migration scale_current_version): the (indicator, region) pairs
// it touched. Each cached value carries the change-log position ("mark": the newest
// change id, with its timestamp, so a log emptied and refilled is never mistaken for the
// same one) up to which it is exact. A request reads the log's newest position (one
// index probe); equal → the cached value. Otherwise it reads the changes since the mark
// and re-evaluates only the targets of the pairs they touch, under one REPEATABLE READ
// snapshot; every other target's evaluation stays valid (its inputs did not change).
//
// A mark may only move forward to a position read under a snapshot with no transaction
// in progress: a transaction still open may commit a change with a smaller id later.
// Under a busy snapshot the merged value is still kept, with the old mark, so the next
// request re-reads those changes (re-evaluating a target is idempotent).
//
// See lib/progress/cache-key.ts for why as-of requests can share entries.

const POSITION_SQL = `
  SELECT (SELECT id::text || '@' || (extract(epoch FROM "createdAt") * 1000)::bigint FROM "DataChange" ORDER BY id DESC LIMIT 1) AS mark,
         -- epoch milliseconds: the same number through Prisma and through raw pg, whatever the
         -- session or process time zone (createdAt is a timestamp without time zone, in UTC)
         -- target versions count too: an as-of moment before a plan revision reads the old figures
         (SELECT extract(epoch FROM greatest((SELECT max("createdAt") FROM "Observation"), (SELECT max("createdAt") FROM "TargetVersion"))) * 1000)::float8 AS "newestCreatedAtMs",
         pg_current_snapshot()::text AS snapshot`;

interface Position {
  /** "id@createdAtMs" of the newest change; null when the log is empty. */
  mark: string | null;
  newestCreatedAtMs: number | null;
  snapshot: string;
}

/** The change log's position. Read on every request, so straight through the pg pool. */
async function readPosition(client: pg.ClientBase | pg.Pool = pool): Promise<Position> {
  const { rows } = await client.query<Position>(POSITION_SQL);
  return rows[0]!;
}

const markId = (mark: string | null) => (mark === null ? "0" : mark.slice(0, mark.indexOf("@")));

/** A row of an evaluation query: a target (or none, targetId null) with its plan. */
export interface TargetRow {
  targetId: number | null;
  indicatorId: number | null;
  adcode: string;
}

interface Cached<R, I, T> {
  mark: string | null;
  /** The plan's row (the first of the query), for assembling. */
  first: R | undefined;
  items: Evaluated<I>[];
  /** The items' values (`values[k]` is `items[k].item`): what `value` was assembled from. */
  values: I[];
  value: T;
}

export type EvaluationCache<T> = LruCache<Cached<unknown, unknown, T>>;

/** A new, empty cache (an app instance has one per kind of evaluation; tests make more to play other instances). */
export function createEvaluationCache<T>(maxCost: number): EvaluationCache<T> {
  return new LruCache(maxCost);
}

/** A process-wide cache (kept on globalThis so every route bundle shares it). */
export function evaluationCache<T>(name: string, maxCost: number): EvaluationCache<T> {
  const g = globalThis as unknown as { __progressCaches?: Map<string, unknown> };
  g.__progressCaches ??= new Map();
  if (!g.__progressCaches.has(name)) g.__progressCaches.set(name, createEvaluationCache<T>(maxCost));
  return g.__progressCaches.get(name) as EvaluationCache<T>;
}

/** PROGRESS_CACHE=off disables the cache (to measure the uncached path). */
const enabled = () => env().PROGRESS_CACHE;

/** Longest a full evaluation may take before it is given up (a request waits that long at worst). */
const FULL_EVALUATION_TIMEOUT_MS = 300_000;

/** Changes since this many are read as "everything changed" (a big import): one full evaluation is cheaper. */
const MAX_CHANGES = 5_000;

export interface EvaluationSpec<R extends TargetRow, I, T> {
  cache: EvaluationCache<T>;
  /** Everything the query depends on except the as-of moment and the evaluation year. */
  key: string;
  /** The moment asked for; undefined: the data as they stand (`query` must read them so too). */
  asOf: Date | undefined;
  evaluationYear: number;
  /** The evaluation query: every target, or (with `only`) the targets of the touched pairs. */
  query: (only?: Touched) => Prisma.Sql;
  /** One target's evaluation. */
  item: (row: R, first: R) => I;
  /** The answer from the plan's row and the evaluated targets in targetId order. */
  assemble: (first: R | undefined, items: I[]) => T;
  /** One page of a paginated answer: its size (`query(only)` then returns touched targets past the page's end too; mergePage decides). */
  pageLimit?: number;
  cost: (value: T) => number;
}

function evaluateRows<R extends TargetRow, I, T>(spec: EvaluationSpec<R, I, T>, rows: R[]): { first: R | undefined; items: Evaluated<I>[] } {
  const first = rows[0];
  const items = rows
    .filter((r) => r.targetId !== null)
    .map((r) => ({ targetId: r.targetId!, indicatorId: r.indicatorId!, regionAdcode: r.adcode, item: spec.item(r, first!) }));
  return { first, items };
}

/**
 * The evaluation for `spec.query` as of `spec.asOf`: from the cache when nothing changed
 * since it was computed, re-evaluating only the touched targets when something did,
 * else computed in full. Reads happen in one REPEATABLE READ transaction with the
 * change-log position.
 */
export async function cachedEvaluation<R extends TargetRow, I, T>(spec: EvaluationSpec<R, I, T>): Promise<T> {
  return (await stampedEvaluation(spec)).value;
}

/**
 * `cachedEvaluation` with the position it is exact at: `stamp` names the cache key and
 * the change-log position, so another read memoized under the same stamp saw the same
 * data. An untouched evaluation keeps its value (the same object) across writes while
 * its stamp moves on: what else the caller read beside it (a figure no target reads, a
 * region's name) may have changed. Null when there is no such position (cache off, or
 * read while another write was in progress): memoize nothing then.
 */
export async function stampedEvaluation<R extends TargetRow, I, T>(spec: EvaluationSpec<R, I, T>): Promise<Stamped<T>> {
  const { cache } = spec;
  if (!flights.has(cache)) flights.set(cache, new Map());
  const inFlight = flights.get(cache)!;
  if (!enabled()) {
    const { first, items } = evaluateRows(spec, await prisma.$queryRaw<R[]>(spec.query()));
    return {
      value: spec.assemble(
        first,
        items.map((i) => i.item),
      ),
      stamp: null,
    };
  }
  const fullKey = (p: Position) =>
    `${spec.key}|${spec.evaluationYear}|${asOfKey(spec.asOf, p.newestCreatedAtMs === null ? null : new Date(p.newestCreatedAtMs))}`;
  const now = await readPosition();
  const key = fullKey(now);
  const hit = cache.get(key) as Cached<R, I, T> | undefined;
  if (hit && hit.mark === now.mark) return { value: hit.value, stamp: `${key}|${now.mark}` };

  // requests arriving together after a write share one update instead of each doing it
  const flightKey = `${key}|${now.mark}`;
  const pending = inFlight.get(flightKey) as Promise<Stamped<T>> | undefined;
  if (pending) return pending;
  const work = (async (): Promise<Stamped<T>> => {
    const updated = hit ? await updateIncrementally(spec, hit) : null;
    const { position, next } = updated ?? (await evaluateInFull(spec));
    const quiet = snapshotIsQuiet(position.snapshot);
    // a full evaluation under a busy snapshot has no mark it is exact up to: not kept
    if (quiet || next.mark !== null) {
      const stored = { ...next, mark: quiet ? position.mark : next.mark };
      cache.set(fullKey(position), stored, spec.cost(next.value));
    }
    if (!quiet) return { value: next.value, stamp: null };
    const stamp = `${fullKey(position)}|${position.mark}`;
    // brought up to date from the entry stamped `${key}|${hit.mark}`: say what changed since
    if (updated && hit?.mark) return { value: next.value, stamp, since: { stamp: `${key}|${hit.mark}`, touched: updated.touched } };
    return { value: next.value, stamp };
  })();
  inFlight.set(flightKey, work);
  try {
    return await work;
  } finally {
    inFlight.delete(flightKey);
  }
}

/**
 * An evaluation with its stamp (null: memoize nothing beside it). `since`, when the
 * value was brought up to date from an earlier one: that one's stamp and what changed
 * between the two, so a read memoized beside the earlier one can be kept when the
 * changes cannot have altered it (lib/data/progress-overview.ts).
 */
export interface Stamped<T> {
  value: T;
  stamp: string | null;
  since?: { stamp: string; touched: Touched };
}

// Per cache: the same key and log position mean the same answer, whichever request asked.
const flights = new WeakMap<object, Map<string, Promise<unknown>>>();

/** Every target evaluated, read in one REPEATABLE READ batch with the log's position. */
async function evaluateInFull<R extends TargetRow, I, T>(spec: EvaluationSpec<R, I, T>): Promise<{ position: Position; next: Cached<R, I, T> }> {
  // A batch runs as a transaction with Prisma's 5 s default limit: 50,000 targets over
  // a million versions took 4 s on an idle 2-core machine and 30-45 s on a loaded one,
  // where every overview then failed (P2028) and the next request started over.
  const [[position], rows] = await prisma.$transaction([prisma.$queryRawUnsafe<Position[]>(POSITION_SQL), prisma.$queryRaw<R[]>(spec.query())], {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
    timeout: FULL_EVALUATION_TIMEOUT_MS,
    maxWait: 30_000,
  });
  const { first, items } = evaluateRows(spec, rows);
  const values = items.map((i) => i.item);
  return { position: position!, next: { mark: null, first, items, values, value: spec.assemble(first, values) } };
}

/**
 * `incrementally` in its own REPEATABLE READ transaction with the log's position; null:
 * evaluate in full instead. Straight through the pg pool: it is the first request after
 * every write, and Prisma's interactive transaction cost more than its four statements
 * (2–5 ms to begin, a few more per query, in the serving process).
 */
async function updateIncrementally<R extends TargetRow, I, T>(
  spec: EvaluationSpec<R, I, T>,
  hit: Cached<R, I, T>,
): Promise<{ position: Position; next: Cached<R, I, T>; touched: Touched } | null> {
  return withPgTransaction(async (client) => {
    // touched targets only, but a busy machine can stretch it: bounded, as the full evaluation is
    await client.query(`SET LOCAL statement_timeout = '${UPDATE_TIMEOUT}'`);
    const position = await readPosition(client);
    const update = await incrementally(client, spec, hit);
    return update ? { position, ...update } : null;
  }, "ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

const UPDATE_TIMEOUT = "60s";

/**
 * `cached` brought up to date: the changes since its mark, their targets evaluated again
 * and merged in. Null when that cannot be done (the log was emptied or pruned past the
 * mark, everything changed, or too much did): then the caller evaluates in full.
 */
async function incrementally<R extends TargetRow, I, T>(
  client: pg.ClientBase,
  spec: EvaluationSpec<R, I, T>,
  cached: Cached<R, I, T>,
): Promise<{ next: Cached<R, I, T>; touched: Touched } | null> {
  const since = markId(cached.mark);
  const { rows } = await client.query<Change & { mark: string }>(
    `SELECT "indicatorId", "regionAdcode", id::text || '@' || (extract(epoch FROM "createdAt") * 1000)::bigint AS mark
     FROM "DataChange" WHERE id >= $1::bigint ORDER BY id LIMIT $2::int`,
    [since, MAX_CHANGES + 2],
  );
  // the row at the mark must still be the one the mark names
  if (cached.mark !== null && rows[0]?.mark !== cached.mark) return null;
  const changes = cached.mark === null ? rows : rows.slice(1);
  if (changes.length > MAX_CHANGES) return null;
  const touched = touchedBy(changes);
  if (touched.all) return null;
  const query = spec.query(touched);
  // the same rows as through Prisma: the queries cast every column to a type pg reads as Prisma does (int, float8, text, json)
  const fresh = evaluateRows(spec, (await client.query<R>(query.text, query.values)).rows);
  const merged =
    spec.pageLimit === undefined
      ? mergeValues(cached.items, cached.values, touched, fresh.items)
      : mergePage(cached.items, cached.values, touched, fresh.items, spec.pageLimit);
  if (merged === null) return null; // a target joined or left the page
  if (merged.items === cached.items) return { next: cached, touched }; // nothing of this evaluation was touched: the same answer
  const first = cached.first ?? fresh.first;
  return { next: { mark: cached.mark, first, ...merged, value: spec.assemble(first, merged.values) }, touched };
}

/**
 * The ids of the touched targets of the plan `planId` (an SQL expression), as a relation
 * with one column, id (for `query(only)`). Each kind of touch is its own branch, so a
 * pair or an indicator is found through the (plan, indicator, region, year) key: one
 * written figure costs a few index probes, where a condition on every target of the plan
 * read all 50,000 of them (8–15 ms).
 */
export function touchedTargetsSql(t: Touched, planId: Prisma.Sql): Prisma.Sql {
  const pairs = pairsOf(t);
  const branches: Prisma.Sql[] = [];
  if (pairs.length) {
    branches.push(Prisma.sql`SELECT x.id FROM unnest(${pairs.map((p) => p[0])}::int[], ${pairs.map((p) => p[1])}::text[]) AS u(i, r)
      JOIN "Target" x ON x."planId" = ${planId} AND x."indicatorId" = u.i AND x."regionAdcode" = u.r`);
  }
  if (t.indicators.size)
    branches.push(Prisma.sql`SELECT x.id FROM "Target" x WHERE x."planId" = ${planId} AND x."indicatorId" = ANY(${[...t.indicators]}::int[])`);
  if (t.regions.size) branches.push(Prisma.sql`SELECT x.id FROM "Target" x WHERE x."planId" = ${planId} AND x."regionAdcode" = ANY(${[...t.regions]}::text[])`);
  if (!branches.length) return Prisma.sql`(SELECT NULL::int AS id WHERE FALSE)`;
  return Prisma.sql`(${Prisma.join(branches, " UNION ")})`;
}
