import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { watchPool } from "@/lib/api/db-unavailable";

// The one Prisma client of the app, and the pg pool under it. The pool is exported for
// the few writes Prisma cannot express (COPY, in lib/data/observation-copy.ts) and the
// two reads every API request makes (the token lookup, the progress data version), where
// Prisma's per-query work cost more than the query. They share the pool, so the app
// never holds more than DB_POOL_SIZE connections.
// Both are kept on globalThis so Next's dev reloads and vitest's module graph reuse one
// pool instead of opening a new one per reload.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

function createPool(): pg.Pool {
  const { DATABASE_URL: connectionString, DB_POOL_SIZE } = env();
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` (embedded database) or set DATABASE_URL.");
  }
  // A request waits at most 30 s for a free connection (pg's default is forever), then fails.
  const pool = new pg.Pool({ connectionString, max: DB_POOL_SIZE, connectionTimeoutMillis: 30_000 });
  // An idle client losing its connection must not crash the process: the pool drops it
  // and opens a fresh one on the next request. The outage is logged once, not per client.
  watchPool(pool);
  return pool;
}

export const pool: pg.Pool = globalForDb.pool ?? createPool();
// disposeExternalPool: prisma.$disconnect() still closes every connection, as scripts expect.
export const prisma: PrismaClient = globalForDb.prisma ?? new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
globalForDb.pool = pool;
globalForDb.prisma = prisma;

/**
 * Runs `fn` in a transaction on one pooled pg client (for work Prisma cannot express, or
 * where its per-query work costs more than the queries): COMMIT when it resolves,
 * ROLLBACK when it throws (the error is rethrown). A client whose connection was lost or
 * whose ROLLBACK failed is discarded, not pooled again. `mode` is what follows BEGIN
 * (a constant: an isolation level, READ ONLY).
 */
export async function withPgTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>, mode: "" | "ISOLATION LEVEL REPEATABLE READ READ ONLY" = ""): Promise<T> {
  const client = await pool.connect();
  // The pool listens for errors on idle clients only: a connection lost between two
  // queries (a server restart, idle_in_transaction_session_timeout) would otherwise be
  // an uncaught 'error' event. The next query fails instead.
  let broken: Error | undefined;
  const onError = (e: Error) => (broken = e);
  client.on("error", onError);
  try {
    await client.query(mode ? `BEGIN ${mode}` : "BEGIN");
    const out = await fn(client);
    await client.query("COMMIT");
    return out;
  } catch (e) {
    await client.query("ROLLBACK").catch((err: Error) => (broken ??= err));
    throw e;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}
