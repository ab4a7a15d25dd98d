import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine before every command; this machine
// (and many locked-down servers) cannot. Our stand-in speaks the same JSON-RPC over
// stdio and runs the engine compiled to WASM, so the stock CLI works offline.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "schema-engine.mjs");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: {
    // `prisma generate` runs at install time without a database; only commands that
    // touch the database need the URL, and they get it from scripts/with-db.mjs.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset",
  },
});
