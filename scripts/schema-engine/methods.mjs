// The JSON-RPC methods. Most go straight to the WASM engine; these need help:
// - diff: the CLI expects the output through a `print` request, not in the result;
// - createMigration, evaluateDataLoss: refused by the WASM engine on PostgreSQL, so they
//   are rebuilt from `diff(from: migrations, to: schema)` (the migrations are replayed on
//   a shadow database, see shadow.mjs);
// - createDatabase: done with plain pg, like the `cli create-database` command.
// devDiagnostic and diagnoseMigrationHistory work as is once the engine gets a real
// shadow database (shadow.mjs): edited or failed-then-fixed migrations and drift lead to
// "reset"; a migration that still fails on the shadow database comes back as an error.

import { assessScript, warningsHeader } from "./data-loss.mjs";
import { createDatabase } from "./databases.mjs";
import { requestCli } from "./rpc.mjs";

const PASS_THROUGH = [
  "applyMigrations",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
];

// The engine cannot diff from a migrations directory without a lock file, even an empty
// one; a first `migrate dev` has none yet (the CLI writes it after createMigration).
function withLockfile(list) {
  const content = list.lockfile?.content ?? 'provider = "postgresql"\n';
  return { ...list, lockfile: { path: "migration_lock.toml", ...list.lockfile, content } };
}

// Same format as the native engine: `<UTC YYYYMMDDHHMMSS>_<name>`, even with an empty name.
function migrationDirName(name) {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  return `${stamp}_${name}`;
}

async function nextMigration(engine, { migrationsList, schema, filters }) {
  const { exitCode, stdout } = await engine.diff({
    from: { tag: "migrations", ...withLockfile(migrationsList) },
    to: { tag: "schemaDatamodel", ...schema },
    script: true,
    exitCode: true, // 2 when the diff is not empty
    filters: filters ?? { externalTables: [], externalEnums: [] },
  });
  return { empty: exitCode !== 2, script: stdout ?? "" };
}

export function makeMethods({ getEngine, url }) {
  const methods = {
    async diff(params) {
      const { exitCode, stdout } = await (await getEngine()).diff(params);
      if (stdout != null) await requestCli("print", { content: stdout });
      return { exitCode, stdout: null };
    },

    async createMigration(params) {
      const { empty, script } = await nextMigration(await getEngine(), params);
      const header = empty ? "" : warningsHeader(await assessScript(script, { url, count: false }));
      return {
        connectorType: "postgresql",
        generatedMigrationName: migrationDirName(params.migrationName ?? ""),
        // null tells the CLI there is nothing to create, unless a draft was asked for.
        migrationScript: empty && !params.draft ? null : header + script,
        extension: "sql",
      };
    },

    async evaluateDataLoss(params) {
      const { empty, script } = await nextMigration(await getEngine(), params);
      if (empty) return { migrationSteps: 0, warnings: [], unexecutableSteps: [] };
      return assessScript(script, { url, count: true });
    },

    async getDatabaseVersion(params) {
      return (await getEngine()).version(params);
    },

    async version(params) {
      return (await getEngine()).version(params);
    },

    async createDatabase({ datasource }) {
      const target = datasource?.tag === "ConnectionString" ? datasource.url : url;
      return { databaseName: await createDatabase(target) };
    },
  };
  for (const name of PASS_THROUGH) methods[name] = async (params) => (await getEngine())[name](params);
  return methods;
}
