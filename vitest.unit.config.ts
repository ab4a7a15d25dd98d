import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests: pure modules only, no database, milliseconds each.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
