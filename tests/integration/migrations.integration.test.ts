import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// Applies the committed migrations with the stock Prisma CLI (through the offline
// schema-engine stand-in) to a brand-new empty database on the same server.
const base = new URL(process.env.DATABASE_URL!);
const dbName = `pm_migrate_test_${process.pid}`;
const admin = () => new pg.Client({ connectionString: Object.assign(new URL(base), { pathname: "/postgres" }).toString() });

describe("migrations", () => {
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
  });

  it("apply to an empty database and leave it up to date", async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE ${dbName}`);
    await c.end();
    const url = Object.assign(new URL(base), { pathname: `/${dbName}` }).toString();
    const env = { ...process.env, DATABASE_URL: url };
    execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "pipe" });
    const status = execFileSync("node_modules/.bin/prisma", ["migrate", "status"], { env, stdio: "pipe" }).toString();
    expect(status).toMatch(/Database schema is up to date/);

    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const { rows } = await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    await db.end();
    expect(rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining(["Plan", "Region", "RegionAlias", "Goal", "Indicator", "Target", "Observation", "User", "AuditLog", "_prisma_migrations"]),
    );
  }, 120_000);
});
