import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// scripts/check-migrations.mjs (CI's drift check) on copies of the schema and the migrations
// that disagree, on this run's PostgreSQL server (it replays the migrations on a throwaway
// shadow database there). The committed pair is checked by `npm run check:migrations` itself.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pm-drift-"));

function check(args: string[]) {
  const r = spawnSync(process.execPath, ["scripts/check-migrations.mjs", ...args], { env: process.env, encoding: "utf8" });
  return { code: r.status, out: r.stdout };
}

describe("migration drift check", () => {
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("fails on a model change without a migration, printing the SQL the migration needs", () => {
    const schema = path.join(tmp, "schema.prisma");
    const text = fs.readFileSync("prisma/schema.prisma", "utf8");
    expect(text).toContain("model Region {\n");
    fs.writeFileSync(schema, text.replace("model Region {\n", "model Region {\n  driftProbe String?\n"));
    const r = check(["--schema", schema]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`ALTER TABLE "Region" ADD COLUMN`);
    expect(r.out).toContain(`"driftProbe" TEXT`);
  }, 180_000);

  it("fails on a migration the schema does not describe", () => {
    const migrations = path.join(tmp, "migrations");
    fs.cpSync("prisma/migrations", migrations, { recursive: true });
    fs.mkdirSync(path.join(migrations, "29991231000000_stray"));
    fs.writeFileSync(path.join(migrations, "29991231000000_stray", "migration.sql"), `ALTER TABLE "Region" ADD COLUMN "stray" TEXT;\n`);
    const r = check(["--migrations", migrations]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`DROP COLUMN "stray"`);
  }, 180_000);
});
