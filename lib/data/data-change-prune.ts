import "server-only";
import { prisma } from "@/lib/db";

/** What the pruning keeps: every change of the last `keepDays` days, and at least the newest `keepRows` rows. */
export interface PruneOptions {
  keepDays: number;
  keepRows: number;
}

export const DEFAULT_PRUNE: PruneOptions = { keepDays: 7, keepRows: 10_000 };

/**
 * Deletes DataChange rows no cache is likely to still need. Safe whatever it deletes: a
 * cache whose position was pruned finds its row gone and evaluates once in full
 * (lib/data/progress-cache.ts, `incrementally`). The newest rows are always kept, so the
 * log's current position — which every request compares its cache with — never moves.
 * Returns the number of rows deleted.
 */
export async function pruneDataChanges(opts: PruneOptions = DEFAULT_PRUNE, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - opts.keepDays * 86_400_000);
  // the id of the keepRows-th newest row: everything older than it (and than the window) may go;
  // with fewer rows than that the bound is NULL and nothing is deleted
  return prisma.$executeRaw`
    DELETE FROM "DataChange"
    WHERE "createdAt" < ${before}
      AND id < (SELECT id FROM "DataChange" ORDER BY id DESC OFFSET ${opts.keepRows - 1} LIMIT 1)`;
}
