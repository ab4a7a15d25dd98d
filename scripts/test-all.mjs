#!/usr/bin/env node
// Runs every test layer in order — unit, integration (real PostgreSQL from DATABASE_URL),
// fault (tests/fault: kills and outages, and two app instances on one database, each on
// an embedded PostgreSQL of its own),
// end-to-end (the built app in headless chromium) — and ends with one line
// "N passed, M failed". A layer that crashes before reporting counts as one failure.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isBuildCurrent, markBuildCurrent } from "./lib/build-fingerprint.mjs";

const bin = (n) => path.join("node_modules", ".bin", n);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-monitor-test-"));
const only = process.env.TEST_LAYERS ? new Set(process.env.TEST_LAYERS.split(",")) : null;
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
    p.on("exit", (code) => resolve(code ?? 1));
    p.on("error", () => resolve(127));
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

async function vitestLayer(name, config) {
  const out = path.join(tmp, `${name}.json`);
  const code = await run(bin("vitest"), ["run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const r = readJson(out);
  if (!r) return { passed: 0, failed: 1, skipped: 0, code };
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0),
    skipped: r.numPendingTests + r.numTodoTests,
    code,
  };
}

/** `next build` unless the build is current; the fault and e2e layers serve the built app. */
async function ensureBuild() {
  if (isBuildCurrent()) return true;
  if ((await run(bin("next"), ["build"])) !== 0) return false;
  markBuildCurrent();
  return true;
}

async function faultLayer() {
  if (!(await ensureBuild())) return { passed: 0, failed: 1, skipped: 0 };
  return vitestLayer("fault", "vitest.fault.config.ts");
}

async function e2eLayer() {
  // a known state for the browser: the plan, the sample data and a known admin
  const env = { ADMIN_EMAIL: "admin@example.com", ADMIN_PASSWORD: "e2e-admin-password" };
  if ((await run(bin("tsx"), ["--conditions=react-server", "tests/support/reset-and-seed.ts"], env)) !== 0) return { passed: 0, failed: 1, skipped: 0 };
  if (!(await ensureBuild())) return { passed: 0, failed: 1, skipped: 0 };
  const out = path.join(tmp, "e2e.json");
  const code = await run(bin("playwright"), ["test"], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const r = readJson(out);
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  const s = r.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected + (code !== 0 && s.unexpected === 0 ? 1 : 0), skipped: s.skipped };
}

const layers = [
  ["unit", () => vitestLayer("unit", "vitest.unit.config.ts")],
  ["integration", () => vitestLayer("integration", "vitest.integration.config.ts")],
  // kills an import mid-transaction, stops PostgreSQL under load and under the built app,
  // runs two built instances on one database (each on a database of its own, ~3-5 min;
  // the two-instance file alone 2.6 min on a loaded 2-core machine)
  ["fault", faultLayer],
  ["e2e", e2eLayer],
];

for (const [name, fn] of layers) {
  if (only && !only.has(name)) continue;
  const t0 = Date.now();
  const r = await fn();
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
  console.log(`[test] ${name}: ${r.passed} passed, ${r.failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
