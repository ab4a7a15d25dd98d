// The built app as the progress bench runs it: started the way `npm start` starts it,
// stopped with the bench (also on Ctrl-C), warmed before it is measured.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { withServeOptions } from "../lib/serve-options.mjs";

/** `next build` unless the sources are unchanged since the last one (with-db.mjs --build decides). */
export function ensureBuild(): void {
  const r = spawnSync("node", ["scripts/with-db.mjs", "--build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("next build failed");
}

export const servers = new Set<ChildProcess>();
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    for (const s of servers) s.kill("SIGTERM");
    process.exit(130);
  });
}

export async function startServer(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    // started the way `npm start` starts it (scripts/lib/serve-options.mjs)
    env: withServeOptions({ ...process.env, ...env, NODE_ENV: "production" } as NodeJS.ProcessEnv),
  });
  servers.add(child);
  child.on("exit", () => servers.delete(child));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/login`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error("next start did not come up");
}

/** Stops a server and waits for it to exit (its database sessions closed). */
export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** A few requests first: the first of a path computes what later ones read from memory. */
export async function warm(base: string, path: string, headers: Record<string, string>): Promise<void> {
  for (let i = 0; i < 5; i++) await (await fetch(base + path, { headers })).arrayBuffer();
}
