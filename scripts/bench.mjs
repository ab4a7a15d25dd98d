#!/usr/bin/env node
// npm run bench: runs every scripts/bench-*.ts in turn (TypeScript through tsx, with the
// react-server condition so the app's server-only modules load) against the database
// scripts/with-db.mjs started; exits non-zero if any of them failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = path.dirname(new URL(import.meta.url).pathname);
const benches = fs.readdirSync(dir).filter((f) => /^bench-.+\.ts$/.test(f)).sort();
let failed = 0;
for (const file of benches) {
  console.log(`[bench] ${file}`);
  const r = spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join("scripts", file)], { stdio: "inherit" });
  if (r.status !== 0) {
    failed += 1;
    console.log(`[bench] ${file} failed (exit ${r.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
