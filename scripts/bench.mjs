#!/usr/bin/env node
// Runs every scripts/bench-*.ts, one after another, each in its own process (so each
// reports its own peak RSS), through tsx with the react-server condition (the data
// layer imports "server-only"). Expects DATABASE_URL: `npm run bench` provides a fresh
// embedded PostgreSQL via scripts/with-db.mjs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(dir)
  .filter((f) => /^bench-.+\.ts$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

if (benches.length === 0) {
  console.error("[bench] no scripts/bench-*.ts found");
  process.exit(1);
}

let failed = 0;
for (const file of benches) {
  console.log(`\n[bench] ${file}`);
  const code = await new Promise((resolve) => {
    const p = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join(dir, file)], { stdio: "inherit", env: process.env });
    p.on("exit", (c) => resolve(c ?? 1));
    p.on("error", () => resolve(127));
  });
  if (code !== 0) {
    failed += 1;
    console.error(`[bench] ${file} failed (exit ${code})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
