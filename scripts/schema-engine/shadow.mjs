// The shadow database handed to the WASM engine.
//
// To diff from a migrations directory (migrate dev, migrate diff --from-migrations, drift
// checks) the engine replays every migration on a "shadow" database obtained through the
// adapter factory's connectToShadowDb(). PrismaPg's own implementation creates a
// database but then opens `new pg.Pool({connectionString, database})`, and pg lets the
// connection string win: the replay would run on the MAIN database. So we replace it:
// - with `shadowDatabaseUrl` configured, that database is emptied first (as the native
//   engine does) and used;
// - otherwise a throwaway `prisma_migrate_shadow_db_<uuid>` is created next to the main
//   database and dropped `WITH (FORCE)` when the engine disposes of it. Databases still
//   alive after a request (an engine error between create and dispose) are dropped by
//   dropShadowDatabases(), which the RPC loop calls after every request and at exit.

import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { log } from "./log.mjs";
import { databaseName, hostPort, pgConfig, quoteIdent, withDatabase } from "./pg-url.mjs";
import { runScriptsWhole } from "./whole-script.mjs";

const alive = new Map(); // database name -> URL of the server connection used to drop it

async function runOn(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

async function dropDatabase(adminUrl, name) {
  try {
    await runOn(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } catch (err) {
    if (err.code !== "42601") throw err; // syntax error: server older than PostgreSQL 13
    await runOn(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  }
  alive.delete(name);
}

export async function dropShadowDatabases() {
  for (const [name, adminUrl] of [...alive]) {
    await dropDatabase(adminUrl, name).catch((err) => log("WARN", `Could not drop the shadow database ${name}: ${err.message}`));
  }
}

async function connectThrowaway(mainUrl, options) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  try {
    await runOn(mainUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  } catch (err) {
    throw Object.assign(
      new Error(
        "Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. " +
          "Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\n" +
          `Original error: ${err.message}`,
      ),
      { code: "P3014" },
    );
  }
  alive.set(name, mainUrl);
  const adapter = runScriptsWhole(await new PrismaPg(pgConfig(withDatabase(mainUrl, name)), options).connect());
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    try {
      await dispose();
    } finally {
      // On failure it stays in `alive`; dropShadowDatabases() retries and logs.
      await dropDatabase(mainUrl, name).catch(() => {});
    }
  };
  return adapter;
}

function sameDatabase(a, b) {
  const [x, y] = [hostPort(a), hostPort(b)];
  return x.host === y.host && x.port === y.port && databaseName(a) === databaseName(b);
}

// Empties a configured shadow database: every non-system schema goes, `public` comes back.
async function resetExternal(shadowUrl) {
  const { rows } = await runOn(shadowUrl, `SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`);
  const drops = rows.map((r) => `DROP SCHEMA ${quoteIdent(r.nspname)} CASCADE;`).join("\n");
  await runOn(shadowUrl, `${drops}\nCREATE SCHEMA IF NOT EXISTS "public";`);
}

async function connectExternal(shadowUrl, mainUrl, options) {
  if (sameDatabase(shadowUrl, mainUrl)) {
    throw new Error("The shadow database you configured appears to be the same as the main database. Please specify another shadow database.");
  }
  await resetExternal(shadowUrl);
  return runScriptsWhole(await new PrismaPg(pgConfig(shadowUrl), options).connect());
}

/** Installs our connectToShadowDb on a PrismaPg factory (before it is bound). */
export function provideShadowDatabase(factory, { mainUrl, shadowUrl, options }) {
  factory.connectToShadowDb = shadowUrl ? () => connectExternal(shadowUrl, mainUrl, options) : () => connectThrowaway(mainUrl, options);
}
