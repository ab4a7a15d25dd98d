#!/usr/bin/env node
// Migration drift check: do the committed migrations build exactly the database that
// prisma/schema.prisma describes? A model changed without `npm run db:migrate`, or a
// migration edited by hand into something the schema does not say, fails it.
//   node scripts/check-migrations.mjs [--schema prisma/schema.prisma] [--migrations prisma/migrations]
// Exit 0: no drift. Exit 2: drift, with the SQL a new migration would need. Exit 1: error.
//
// It is stock `prisma migrate diff --from-migrations … --to-schema … --exit-code`. Prisma 7
// has no --shadow-database-url flag (the shadow database comes from prisma.config.ts); our
// offline schema engine (scripts/schema-engine/shadow.mjs) replays the migrations on a
// throwaway `prisma_migrate_shadow_db_<uuid>` database it creates next to DATABASE_URL's
// and drops afterwards, and `migrate diff` writes to no database. With DATABASE_URL unset, that
// server is a throwaway embedded PostgreSQL (scripts/lib/embedded-db.mjs, as `--fresh`).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, tempDataDir } from "./lib/embedded-db.mjs";

const log = (m) => process.stderr.write(`[check-migrations] ${m}\n`);

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
}

function prismaMigrateDiff({ schema, migrations, databaseUrl }) {
  const args = ["migrate", "diff", "--from-migrations", migrations, "--to-schema", schema, "--script", "--exit-code"];
  return new Promise((resolve) => {
    const child = spawn(path.join("node_modules", ".bin", "prisma"), args, {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
    child.on("error", (e) => resolve({ code: 1, out: e.message }));
  });
}

async function main() {
  const schema = option("--schema", path.join("prisma", "schema.prisma"));
  const migrations = option("--migrations", path.join("prisma", "migrations"));
  let db = null;
  let dataDir = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    dataDir = tempDataDir();
    db = await startEmbeddedPostgres({ dataDir, persistent: false });
    databaseUrl = db.url;
  }
  try {
    const { code, out } = await prismaMigrateDiff({ schema, migrations, databaseUrl });
    if (code === 0) {
      log(`no drift: ${migrations} builds what ${schema} describes`);
      return 0;
    }
    if (code === 2) {
      log(`DRIFT: ${schema} and ${migrations} disagree. Run \`npm run db:migrate -- --name <what changed>\` and commit the migration. It would contain:`);
      process.stdout.write(out.endsWith("\n") ? out : `${out}\n`);
      return 2;
    }
    log(`prisma migrate diff failed (exit ${code})`);
    if (out) process.stdout.write(out);
    return 1;
  } finally {
    if (db) await db.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    log(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
