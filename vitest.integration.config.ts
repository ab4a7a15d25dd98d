import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tests share one real PostgreSQL (DATABASE_URL, from scripts/with-db.mjs):
// files run one after another so each file's TRUNCATE reset cannot race another file.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts") } },
  test: {
    include: ["tests/integration/**/*.integration.test.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
