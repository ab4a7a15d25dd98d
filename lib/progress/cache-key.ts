// Pure rules of the progress cache (lib/data/progress-cache.ts): when a cached evaluation
// may answer a request, and a small cost-bounded LRU map to keep them in.
//
// Why a cached answer stays correct under as-of semantics: observations are never
// updated or deleted, so "the data as of T" is the set of versions with createdAt ≤ T.
//   - If T is at or after the newest createdAt in the table, that set is "everything"; it
//     stays "everything" for any later T as long as no row is added — which the data
//     version (max id + recent-window count + audit log…) detects. So all such requests
//     share one entry, keyed "latest".
//   - Otherwise the set is fixed by T itself: keyed by the exact instant.
//   - A request that names no moment (undefined) wants the data as they stand: "latest"
//     whatever the clock says. Were it keyed by the moment it arrived, a write committed
//     between its arrival and its read would make it a past moment with an entry of its
//     own: under steady writes, requests of the overview kept evaluating all 50,000
//     targets afresh, one evaluation each, and stalled for seconds.
// The evaluation year is part of the key, since it changes the rules applied.

import { LRUCache } from "lru-cache";

/** The as-of part of a cache key. */
export function asOfKey(asOf: Date | undefined, newestCreatedAt: Date | null): string {
  return asOf === undefined || newestCreatedAt === null || asOf.getTime() >= newestCreatedAt.getTime() ? "latest" : asOf.toISOString();
}

/**
 * True when a PostgreSQL snapshot ("xmin:xmax:xip1,xip2,…", pg_current_snapshot()) has no
 * transaction in progress. Only an evaluation read under such a snapshot may be cached:
 * a transaction in progress could commit rows with ids below the current maximum later,
 * which the data version would not notice.
 */
export function snapshotIsQuiet(snapshot: string): boolean {
  const parts = snapshot.split(":");
  return parts.length === 3 && parts[2] === "";
}

/**
 * A map that keeps the most recently used values within a total cost (e.g. number of
 * targets): lru-cache's size accounting behind the interface the progress cache uses.
 */
export class LruCache<V extends NonNullable<unknown>> {
  private readonly items: LRUCache<string, V>;

  constructor(maxCost: number) {
    this.items = new LRUCache<string, V>({ maxSize: maxCost });
  }

  get(key: string): V | undefined {
    return this.items.get(key);
  }

  /** Stores a value; one costing more than the whole budget is not stored at all (and drops an older value under its key). */
  set(key: string, value: V, cost: number): void {
    // lru-cache sizes are positive integers; the callers' costs are counts of at least 1
    const size = Math.max(1, Math.ceil(cost));
    this.items.delete(key);
    if (size > this.items.maxSize) return;
    this.items.set(key, value, { size });
  }

  delete(key: string): void {
    this.items.delete(key);
  }

  get size(): number {
    return this.items.size;
  }

  get cost(): number {
    return this.items.calculatedSize;
  }
}
