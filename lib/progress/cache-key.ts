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
// The evaluation year is part of the key, since it changes the rules applied.

/** The as-of part of a cache key. */
export function asOfKey(asOf: Date, newestCreatedAt: Date | null): string {
  return newestCreatedAt === null || asOf.getTime() >= newestCreatedAt.getTime() ? "latest" : asOf.toISOString();
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

/** A map that keeps the most recently used values within a total cost (e.g. number of targets). */
export class LruCache<V> {
  private readonly items = new Map<string, { value: V; cost: number }>();
  private total = 0;

  constructor(private readonly maxCost: number) {}

  get(key: string): V | undefined {
    const item = this.items.get(key);
    if (!item) return undefined;
    this.items.delete(key);
    this.items.set(key, item); // most recent last
    return item.value;
  }

  /** Stores a value; one costing more than the whole budget is not stored at all. */
  set(key: string, value: V, cost: number): void {
    this.delete(key);
    if (cost > this.maxCost) return;
    this.items.set(key, { value, cost });
    this.total += cost;
    for (const [k, item] of this.items) {
      if (this.total <= this.maxCost) break;
      this.items.delete(k);
      this.total -= item.cost;
    }
  }

  delete(key: string): void {
    const item = this.items.get(key);
    if (!item) return;
    this.items.delete(key);
    this.total -= item.cost;
  }

  get size(): number {
    return this.items.size;
  }

  get cost(): number {
    return this.total;
  }
}
