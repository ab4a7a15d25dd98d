import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";

// Issue 17: "supersedesId" has no foreign key any more (a key checked row by row locked
// every replaced version); the insert trigger checks each statement instead, and more
// strictly: the replaced version exists, is of the same series and is an earlier version.
// On the code before, the key let a version name a row of another series.

let gdp = 0;
const insert = (year: number, version: number, supersedesId: number | null, region = "510100") =>
  prisma.$queryRaw<{ id: number }[]>`
    INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags, "supersedesId")
    VALUES (${gdp}, ${region}, ${year}, ${version}, 'value', 1, 'chain test', '{}', ${supersedesId}) RETURNING id`.then((r) => r[0]!.id);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "written",
    (e: unknown) => String((e as { message?: string }).message ?? e),
  );

describe("the supersedes chain, checked by the insert trigger", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    gdp = (await prisma.indicator.findUniqueOrThrow({ where: { code: "gdp" } })).id;
  });

  it("accepts a version that supersedes the one before it, and a first version that supersedes nothing", async () => {
    const v1 = await insert(1990, 1, null);
    const v2 = await insert(1990, 2, v1);
    expect(await prisma.observation.findUniqueOrThrow({ where: { id: v2 }, select: { supersedesId: true, version: true } })).toEqual({
      supersedesId: v1,
      version: 2,
    });
  });

  it("refuses a version that names a row of another series, a later version, or no row at all; nothing of the statement is written", async () => {
    const other = await insert(1991, 1, null, "510300");
    const mine = await insert(1991, 1, null);
    const before = await prisma.observation.count();
    expect(await refusal(insert(1991, 2, other))).toContain("is not an earlier version of the same series");
    expect(await refusal(insert(1991, 2, 2_000_000_000))).toContain("is not an earlier version of the same series");
    const later = await insert(1992, 5, null);
    expect(await refusal(insert(1992, 3, later))).toContain("is not an earlier version of the same series");
    expect(await prisma.observation.count()).toBe(before + 1);
    // the refused statements left the current version where it was
    const current = await prisma.observationCurrent.findUniqueOrThrow({
      where: { indicatorId_regionAdcode_year: { indicatorId: gdp, regionAdcode: "510100", year: 1991 } },
    });
    expect(current.observationId).toBe(mine);
  });

  it("says which rule was broken with the foreign-key SQLSTATE, as the key did", async () => {
    const other = await insert(1993, 1, null, "510300");
    await insert(1993, 1, null);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const failed = await client
        .query(
          `INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags, "supersedesId")
           VALUES ($1, '510100', 1993, 2, 'value', 1, 'chain test', '{}', $2)`,
          [gdp, other],
        )
        .then(
          () => null,
          (e: { code?: string }) => e.code,
        );
      expect(failed).toBe("23503");
    } finally {
      await client.end();
    }
  });
});
