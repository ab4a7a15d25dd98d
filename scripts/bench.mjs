#!/usr/bin/env node
// Runs every scripts/bench-*.ts in turn (npm run bench, against the database that
// scripts/with-db.mjs provides). Each bench prints its own figures; this prints which
// ran and fails if any failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv[2];
const benches = fs.readdirSync(dir).filter((f) => /^bench-.+\.ts$/.test(f) && (!only || f.includes(only))).sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n[bench] ${file}`);
  const r = spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join(dir, file)], { stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    failed += 1;
    console.log(`[bench] ${file} failed (exit ${r.status})`);
  }
}
console.log(`\n[bench] ${benches.length - failed} of ${benches.length} benchmarks ran`);
process.exit(failed ? 1 : 0);
