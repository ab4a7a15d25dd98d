#!/usr/bin/env node
// Offline stand-in for Prisma's native schema engine.
//
// The Prisma CLI downloads a native `schema-engine` binary before every command, which
// fails without internet. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this
// file instead; the CLI then spawns it exactly like the binary:
//
//   schema-engine.mjs --version
//   schema-engine.mjs --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//   schema-engine.mjs [--datamodels <file>]… --datasource '{"url":…,"shadowDatabaseUrl":…}'
//       -> newline-delimited JSON-RPC 2.0 on stdin/stdout until stdin closes
//
// The RPC methods run on @prisma/schema-engine-wasm (the same engine compiled to WASM)
// connected through @prisma/adapter-pg, so `migrate dev|deploy|status|diff|reset|resolve`
// and `db push|pull|execute` behave like stock Prisma. PostgreSQL only.
// How the pieces fit: scripts/schema-engine/*.mjs, one concern per file.

import { readFileSync } from "node:fs";
import { canConnect, createDatabase, dropDatabase } from "./schema-engine/databases.mjs";
import { startEngine } from "./schema-engine/engine.mjs";
import { toRpcError } from "./schema-engine/errors.mjs";
import { log } from "./schema-engine/log.mjs";
import { makeMethods } from "./schema-engine/methods.mjs";
import { isPostgresUrl } from "./schema-engine/pg-url.mjs";
import { serve } from "./schema-engine/rpc.mjs";
import { dropShadowDatabases } from "./schema-engine/shadow.mjs";
import { engineHash } from "./schema-engine/wasm.mjs";

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, command: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types")
      i++; // not needed by the WASM engine
    else if (arg === "cli") args.command = argv[++i];
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return args;
}

function requireUrl(url) {
  if (!isPostgresUrl(url)) {
    throw new Error(
      `This offline schema engine (scripts/schema-engine.mjs) supports PostgreSQL only; the datasource URL must start with postgresql:// or postgres://.`,
    );
  }
  return url;
}

// `cli …` subcommands. The CLI parses stderr as JSON lines after the first one and takes
// the ERROR line's `fields.error_code` (P1003 = "database missing, create it").
async function runCliCommand(command, url) {
  log("INFO", `Starting schema engine CLI command ${command}`);
  try {
    requireUrl(url);
    if (command === "can-connect-to-database") {
      await canConnect(url);
      process.stdout.write("Connection successful\n");
    } else if (command === "create-database") {
      process.stdout.write(`Database '${await createDatabase(url)}' was successfully created.\n`);
    } else if (command === "drop-database") {
      process.stdout.write(`The database '${await dropDatabase(url)}' was successfully dropped.\n`);
    } else {
      throw new Error(`Unknown cli command: ${command}`);
    }
    process.exit(0);
  } catch (err) {
    log("ERROR", err.message, { is_panic: false, error_code: err.code?.startsWith?.("P") ? err.code : "" });
    process.exit(1);
  }
}

function runRpcServer({ datamodels, datasource }) {
  const url = datasource.url;
  const schemaFiles = datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  let started = null; // connecting is deferred to the first request, whose error it becomes
  let errorRegistry = null;
  const getEngine = async () => {
    started ??= startEngine({ datamodels: schemaFiles, url: requireUrl(url), shadowUrl: datasource.shadowDatabaseUrl });
    try {
      const result = await started;
      errorRegistry = result.errorRegistry;
      return result.engine;
    } catch (err) {
      started = null; // let a later request try again
      throw err;
    }
  };
  const methods = makeMethods({ getEngine, url });
  const cleanUpAndExit = async () => {
    await dropShadowDatabases();
    process.exit(0);
  };
  serve({
    handle(method, params) {
      if (!Object.hasOwn(methods, method)) throw new Error(`Unknown JSON-RPC method: ${method}`);
      return methods[method](params);
    },
    toError: (err) => toRpcError(err, errorRegistry),
    afterEach: dropShadowDatabases,
    onClose: cleanUpAndExit,
  });
  // The CLI stops the engine with SIGTERM right after closing stdin.
  process.once("SIGTERM", cleanUpAndExit);
  process.once("SIGINT", cleanUpAndExit);
}

try {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${engineHash()}\n`);
  } else if (args.command) {
    await runCliCommand(args.command, args.datasource.url);
  } else {
    runRpcServer(args);
  }
} catch (err) {
  log("ERROR", err.message);
  process.exit(1);
}
