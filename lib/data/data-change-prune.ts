import "server-only";
import { prisma } from "@/lib/db";

/** What the pruning keeps: every change of the last `keepDays` days, and at least the newest `keepRows` rows. */
export interface PruneOptions {
  keepDays: number;
  keepRows: number;
}

const DEFAULT_PRUNE: PruneOptions = { keepDays: 7, keepRows: 10_000 };

/**
 * Deletes DataChange rows no cache is likely to still need. Safe whatever it deletes: a
 * cache whose position was pruned finds its row gone and evaluates once in full
 * (lib/data/progress-cache.ts, `incrementally`). The newest rows are always kept, so the
 * log's current position — which every request compares its cache with — never moves.
 * Returns the number of rows deleted.
 */
export async function pruneDataChanges(opts: PruneOptions = DEFAULT_PRUNE, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - opts.keepDays * 86_400_000);
  // Only a prefix of the log (by id) is ever deleted: below the keepRows-th newest row
  // (NULL with fewer rows: nothing goes) and below the first row of the window. createdAt
  // is a transaction's start, not monotonic in id, so "older than the window" alone could
  // cut a hole after a cache's position, and that cache would miss the change in it.
  return prisma.$executeRaw`
    DELETE FROM "DataChange"
    WHERE id < (SELECT id FROM "DataChange" ORDER BY id DESC OFFSET ${Math.max(0, opts.keepRows - 1)} LIMIT 1)
      AND id < COALESCE((SELECT min(id) FROM "DataChange" WHERE "createdAt" >= ${before}), 9223372036854775807)`;
}
