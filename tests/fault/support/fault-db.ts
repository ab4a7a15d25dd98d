// A PostgreSQL of the fault test's own: the embedded server (scripts/lib/embedded-db.mjs,
// the one `npm start` runs, under the same supervisor) in a temporary directory, with the
// committed migrations applied as plain SQL (faster than the Prisma CLI, same schema).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
// @ts-expect-error -- plain .mjs scripts without type declarations
import { startEmbeddedPostgres, tempDataDir } from "@/scripts/lib/embedded-db.mjs";

export interface FaultDb {
  url: string;
  pid: () => number | undefined;
  onDeath: (cb: (e: { code: number | null; signal: string | null; pid: number }) => void) => void;
  restart: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function startFaultDb(): Promise<FaultDb & { cleanup: () => Promise<void> }> {
  const dataDir = tempDataDir();
  const db: FaultDb = await startEmbeddedPostgres({ dataDir, persistent: true });
  await applyMigrations(db.url);
  return {
    ...db,
    cleanup: async () => {
      await db.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function applyMigrations(url: string) {
  const dir = path.resolve("prisma/migrations");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const name of fs
      .readdirSync(dir)
      .filter((d) => fs.existsSync(path.join(dir, d, "migration.sql")))
      .sort()) {
      await client.query(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
    }
  } finally {
    await client.end();
  }
}

/** One query on a fresh connection (not the app's pool, which the test is judging). */
export async function queryOnce<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
