import path from "node:path";
import { defineConfig } from "vitest/config";

// Fault tests: each file starts its own embedded PostgreSQL (it kills or stops it, or
// kills a process writing to it, or runs two app instances on it), so they never disturb
// the shared test database.
// Files run one after another: two at once would fight for the machine's two cores and
// blur the timings they measure.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts") } },
  test: {
    include: ["tests/fault/**/*.fault.test.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
