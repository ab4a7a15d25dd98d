#!/usr/bin/env node
// Runs a command against PostgreSQL. With DATABASE_URL unset it starts the embedded
// server (data in DATA_DIR, default ./.data; a temporary one with --fresh), applies the
// migrations, and stops the server when the command ends or on Ctrl-C / SIGTERM.
//   node scripts/with-db.mjs [--fresh] [--setup] [--build] -- <command> [args…]
//   --setup  seed the plan, load the sample statistics, create the first admin
//   --build  run `next build` first when the sources changed since the last build
// The embedded server is supervised (scripts/lib/supervise.mjs): restarted when it dies.
// When the command ends, the server is stopped and the wrapper exits with the command's
// code (128 + signal when it was killed), so a process manager can restart the pair.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, tempDataDir } from "./lib/embedded-db.mjs";
import { exitCodeOf, superviseDatabase } from "./lib/supervise.mjs";
import { isBuildCurrent, markBuildCurrent } from "./lib/build-fingerprint.mjs";
import { ensureAuthSecret } from "./lib/secret.mjs";
import { withServeOptions } from "./lib/serve-options.mjs";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const flags = new Set(sep === -1 ? argv : argv.slice(0, sep));
const command = sep === -1 ? [] : argv.slice(sep + 1);
const bin = (name) => path.join("node_modules", ".bin", name);
const log = (m) => process.stderr.write(`[plan-monitor] ${m}\n`);

process.env.NEXT_TELEMETRY_DISABLED ??= "1";

let db = null;
let child = null;
let stopping = false;
let gaveUp = false;

async function stopDb() {
  if (db) await db.stop();
}

function run(cmd, args, extraEnv = {}) {
  return new Promise((resolve) => {
    child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
    child.on("exit", (code, signal) => {
      child = null;
      resolve(exitCodeOf(code, signal));
    });
    child.on("error", (e) => {
      log(`${cmd}: ${e.message}`);
      child = null;
      resolve(127);
    });
  });
}

async function step(label, cmd, args) {
  const t0 = Date.now();
  const code = await run(cmd, args);
  if (code !== 0) throw new Error(`${label} failed (exit ${code})`);
  log(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    log(`${sig}: stopping`);
    if (child)
      child.kill(sig); // the exit of the child then stops the database
    else stopDb().finally(() => process.exit(130));
  });
}

async function main() {
  ensureAuthSecret({ fresh: flags.has("--fresh"), external: !!process.env.DATABASE_URL, log }); // NEXTAUTH_SECRET for every child
  if (!process.env.DATABASE_URL) {
    const fresh = flags.has("--fresh");
    const dataDir = fresh ? tempDataDir() : path.resolve(process.env.DATA_DIR ?? ".data");
    const t0 = Date.now();
    db = await startEmbeddedPostgres({
      dataDir,
      persistent: !fresh,
      port: process.env.PG_PORT ? Number(process.env.PG_PORT) : undefined,
      log: process.env.PG_LOG ? log : () => {},
    });
    process.env.DATABASE_URL = db.url;
    superviseDatabase(db, {
      log,
      onGiveUp: (e) => {
        log(`${e.message}: stopping`);
        gaveUp = true;
        if (child) child.kill("SIGTERM");
      },
    });
    log(`embedded PostgreSQL ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (${fresh ? "temporary" : dataDir})`);
    if (fresh) {
      const stop = db.stop;
      db.stop = async () => {
        await stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      };
    }
  }
  await step("migrations", bin("prisma"), ["migrate", "deploy"]);
  if (flags.has("--setup")) await step("seed", bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"]);
  if (flags.has("--build")) {
    if (isBuildCurrent()) log("build is current");
    else {
      await step("build", bin("next"), ["build"]);
      markBuildCurrent();
    }
  }
  if (command.length === 0 || stopping) return 0;
  const [cmd, ...args] = command;
  // the served app gets the server's V8 flags (scripts/lib/serve-options.mjs)
  const serving = cmd === "next" && args[0] === "start";
  const code = await run(cmd.includes("/") ? cmd : fs.existsSync(bin(cmd)) ? bin(cmd) : cmd, args, serving ? withServeOptions(process.env) : {});
  if (code !== 0) log(`${cmd} exited with code ${code}: stopping the database`);
  return gaveUp && code === 0 ? 1 : code;
}

main()
  .then(async (code) => {
    await stopDb();
    process.exit(code);
  })
  .catch(async (e) => {
    log(e.message);
    await stopDb();
    process.exit(1);
  });
