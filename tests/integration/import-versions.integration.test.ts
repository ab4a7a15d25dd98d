import { Readable } from "node:stream";
import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { importObservationsCsv, type ImportOptions } from "@/lib/data/import-observations";
import { recordObservations } from "@/lib/data/observation-writes";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { csv, generatedRows, HEADER } from "../support/import-files";

// How imported rows become versions: duplicates within one file (near each other and
// many chunks apart), a current retraction, values beyond the stored precision, a
// concurrent writer, and a file that breaks after rows were already written.

const INDICATORS = ["resident_population", "urban_population", "gdp"];
let regions: string[] = [];

const importCsv = (text: string, opts: Partial<ImportOptions> = {}) =>
  importObservationsCsv(Readable.from([text]), { actorId: null, fileName: "versions.csv", confirmWarnings: true, ...opts });
const cells = (line: string) => line.split(",");
const withValue = (line: string, value: string) => [...cells(line).slice(0, 3), value, ...cells(line).slice(4)].join(",");
/** Every version of the series a CSV line names, oldest first. */
async function versionsOf(line: string) {
  const [regionAdcode, code, year] = cells(line);
  return prisma.observation.findMany({
    where: { regionAdcode, indicator: { code }, year: Number(year) },
    orderBy: { version: "asc" },
    select: { id: true, version: true, kind: true, value: true, source: true, note: true, flags: true, supersedesId: true },
  });
}
const values = (vs: { value: { toString(): string } | null }[]) => vs.map((v) => (v.value === null ? null : Number(v.value.toString())));

beforeEach(async () => {
  await resetDatabase();
  await seedAll({ admin: false, sample: false });
  regions = (await prisma.region.findMany({ where: { adcode: { startsWith: "5" } }, select: { adcode: true }, orderBy: { sortOrder: "asc" } })).map(
    (r) => r.adcode,
  );
});

describe("import versioning", () => {
  it("applies duplicates within one file in file order, across write chunks, and a dry run classifies them the same", async () => {
    const rows = generatedRows(10_500, regions, INDICATORS);
    const original3 = rows[3]!;
    rows[501] = withValue(rows[500]!, "1.5"); // next to each other, inside the preview
    rows[1_000] = withValue(rows[999]!, "2.5");
    rows[5_000] = rows[4_999]!; // the same figure twice: the second is unchanged
    rows[10_000] = withValue(original3, "3.5"); // ten thousand rows later: a newer version…
    rows[10_001] = original3; // …and back to the first value: newer still
    const file = csv(rows);
    const expected = { created: 10_495, updated: 4, unchanged: 1 };

    const dry = await importCsv(file, { dryRun: true });
    expect(dry).toMatchObject({ ...expected, totalErrors: 0, rows: 10_500 });
    expect(dry.preview.slice(499, 502).map((p) => [p.row, p.status])).toEqual([
      [501, "new"],
      [502, "new"],
      [503, "changed"],
    ]);
    expect(await prisma.observation.count({ where: { source: "generated" } })).toBe(0);

    const real = await importCsv(file);
    expect(real).toMatchObject(expected);
    expect(real.preview).toEqual(dry.preview);

    const three = await versionsOf(original3);
    expect(three.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(values(three)).toEqual([Number(cells(original3)[3]), 3.5, Number(cells(original3)[3])]);
    expect(three.map((v) => v.supersedesId)).toEqual([null, three[0]!.id, three[1]!.id]);
    const pair = await versionsOf(rows[999]!);
    expect(values(pair)).toEqual([Number(cells(rows[999]!)[3]), 2.5]);
    expect(pair[1]!.supersedesId).toBe(pair[0]!.id);
    expect(await versionsOf(rows[4_999]!)).toHaveLength(1);
    const audit = await prisma.auditLog.findFirst({ where: { action: "observation.import" }, orderBy: { id: "desc" } });
    expect(audit?.meta).toEqual({ fileName: "versions.csv", rows: 10_500, ...expected });
  });

  it("writes a new version over a current retraction, then finds the same file unchanged", async () => {
    const line = `${regions[0]},gdp,1999,1234.5,亿元,统计年鉴,,`;
    const file = `${HEADER}\n${line}\n`;
    expect(await importCsv(file)).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    const [v1] = await versionsOf(line);
    await prisma.observation.create({
      data: {
        indicatorId: (await prisma.indicator.findUniqueOrThrow({ where: { code: "gdp" } })).id,
        regionAdcode: regions[0]!,
        year: 1999,
        version: 2,
        kind: "retraction",
        value: null,
        source: "统计年鉴",
        flags: [],
        supersedesId: v1!.id,
      },
    });

    const dry = await importCsv(file, { dryRun: true });
    expect(dry).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(dry.preview[0]).toMatchObject({ row: 2, status: "changed" });
    expect(await importCsv(file)).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const versions = await versionsOf(line);
    expect(versions.map((v) => [v.version, v.kind])).toEqual([
      [1, "value"],
      [2, "retraction"],
      [3, "value"],
    ]);
    expect(versions[2]!.supersedesId).toBe(versions[1]!.id);
    expect(await importCsv(file)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it("compares values at the stored precision, so re-importing more than 8 decimals is unchanged", async () => {
    const line = `${regions[1]},resident_population,2001,1.123456789,,普查,,`;
    const file = `${HEADER}\n${line}\n`;
    expect(await importCsv(file)).toMatchObject({ created: 1 });
    expect(await importCsv(file)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const versions = await versionsOf(line);
    expect(versions.map((v) => v.value?.toString())).toEqual(["1.12345679"]);
  });

  it("stores text with tabs, backslashes and line breaks as written", async () => {
    const source = "年鉴\t2019 C:\\data\\N";
    const note = "第一行\n第二行 \\N \\t";
    const file = `${HEADER}\n${regions[2]},gdp,2002,"1,234.5",亿元,${source},"${note}",provisional;估算\n`;
    expect(await importCsv(file)).toMatchObject({ created: 1, totalErrors: 0 });
    const [v] = await versionsOf(`${regions[2]},gdp,2002`);
    expect(v).toMatchObject({ source, note, flags: ["provisional", "estimated"] });
    expect(v!.value?.toString()).toBe("1234.5");
  });

  it("fails cleanly when a concurrent writer takes the same next version: nothing of the import is written", async () => {
    const series = `${regions[0]},urban_population,2005`;
    expect(await importCsv(`${HEADER}\n${series},10,,first,,\n`)).toMatchObject({ created: 1 });
    const [v1] = await versionsOf(series);
    const others = generatedRows(3_000, regions.slice(1), ["gdp"], "others");
    const file = csv([`${series},12,,import,,`, ...others]);

    const writer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(
        `INSERT INTO "Observation" ("indicatorId", "regionAdcode", year, version, value, source, flags, "supersedesId")
         SELECT "indicatorId", "regionAdcode", year, 2, 11, 'writer', '{}', id FROM "Observation" WHERE id = $1`,
        [v1!.id],
      );
      const importing = importCsv(file, { fileName: "collides.csv" });
      importing.catch(() => {}); // awaited below
      // the import's insert now waits for the writer's uncommitted version 2
      await expect
        .poll(async () => (await writer.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).rows[0].n, { timeout: 15_000 })
        .toBe(1);
      await writer.query("COMMIT");
      await expect(importing).rejects.toMatchObject({ code: "23505" });
      // …which the import route answers as a 409 conflict with a message, not a 500
      expect(isUniqueViolation(await importing.catch((e: unknown) => e))).toBe(true);
    } finally {
      await writer.end();
    }

    expect((await versionsOf(series)).map((v) => [v.version, v.source])).toEqual([
      [1, "first"],
      [2, "writer"],
    ]);
    expect(await prisma.observation.count({ where: { source: "others" } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: "collides.csv" } })).toBe(0);
    // tried again, the import builds on the writer's version
    expect(await importCsv(file, { fileName: "collides.csv" })).toMatchObject({ created: 3_000, updated: 1 });
    expect((await versionsOf(series)).map((v) => [v.version, v.supersedesId])).toEqual([
      [1, null],
      [2, v1!.id],
      [3, expect.any(Number)],
    ]);
  });

  it("writes nothing when the file breaks after thousands of rows were written, and the next import works", async () => {
    const rows = generatedRows(10_500, regions, INDICATORS);
    rows[10_000] = `${regions[0]},gdp,2001,1,,"broken,,`; // a quote never closed: the file ends inside it
    const r = await importCsv(csv(rows));
    expect(r.fileErrors).toHaveLength(1);
    expect(r.fileErrors[0]!.en).toMatch(/^Near row 10002: a quote is not closed/);
    expect(r).toMatchObject({ created: 0, updated: 0, unchanged: 0, preview: [] });
    expect(await prisma.observation.count({ where: { source: "generated" } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "observation.import" } })).toBe(0);
    expect(await importCsv(csv(rows.slice(0, 10_000)))).toMatchObject({ created: 10_000, totalErrors: 0 });
  });
});

describe("recordObservations", () => {
  it("applies the same series twice in one batch in order: created, then updated, then unchanged", async () => {
    const indicatorId = (await prisma.indicator.findUniqueOrThrow({ where: { code: "gdp" } })).id;
    const w = (value: string) => ({
      indicatorId,
      regionAdcode: regions[0]!,
      year: 2003,
      value,
      valueAsEntered: value,
      unitAsEntered: null,
      source: "batch",
      note: null,
      flags: [],
    });
    const r = await prisma.$transaction((tx) => recordObservations(tx, [w("1"), w("2"), w("2.000")], null));
    expect(r).toEqual({ outcomes: ["created", "updated", "unchanged"], counts: { created: 1, updated: 1, unchanged: 1 } });
    const versions = await versionsOf(`${regions[0]},gdp,2003`);
    expect(values(versions)).toEqual([1, 2]);
    expect(versions[1]!.supersedesId).toBe(versions[0]!.id);
  });
});
