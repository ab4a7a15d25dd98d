// The built app (`next start`) as a child process of a test: in its own process group
// (so stopping it takes its workers too), its output kept for the failure message, and
// ready once /login answers 200. Generous waits: the machine is small and shared.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sleep } from "./fault-db";

export interface AppServer {
  base: string;
  output: () => string;
  /** Resident memory of the server process in MB (Linux), or null. */
  rssMb: () => number | null;
  stop: () => Promise<void>;
}

export async function startAppServer(port: number, env: Record<string, string>, readyWithinMs = 120_000): Promise<AppServer> {
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  let exited: number | string | null = null;
  const child: ChildProcess = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  child.on("exit", (code, signal) => (exited = code ?? signal));
  const server: AppServer = { base, output: () => output, rssMb: () => rssMb(child.pid), stop: () => stopGroup(child) };
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`next start on port ${port} exited (${exited}): ${output}`);
    const status = await fetch(`${base}/login`, { signal: AbortSignal.timeout(10_000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return server;
    await sleep(200);
  }
  await server.stop();
  throw new Error(`next start on port ${port} did not answer within ${readyWithinMs} ms: ${output}`);
}

function rssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** SIGTERM to the group, SIGKILL after 10 s; resolves once the process is gone. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 10_000);
  await gone;
  clearTimeout(timer);
}
