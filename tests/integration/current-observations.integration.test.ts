// "The current version of a series as of a moment" has one definition
// (lib/data/current-observations.ts); every reader of current figures must agree with it
// and with the plain definition computed here from all versions: the newest version
// published by the moment, no figure when that is a retraction. And its cost must not
// grow with the history of the series.
import { beforeAll, describe, expect, it } from "vitest";
import { currentVersionsSql, listCurrentObservations } from "@/lib/data/current-observations";
import { getEntryGrid } from "@/lib/data/entry-grid";
import { listObservations } from "@/lib/data/observations";
import { recordObservations, type ObservationWrite } from "@/lib/data/observation-writes";
import { retractObservation } from "@/lib/data/observation-retract";
import { getProgress } from "@/lib/data/progress";
import { listSelectionFigures } from "@/lib/data/report-figures";
import { prisma } from "@/lib/db";
import { reportSelectionSchema } from "@/lib/validation/report";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

const WANZHOU = "500101"; // no sample figures: only what this test records
const QIANJIANG = "500114";
let indicatorId = 0;
let actor: Actor;
let admin: Actor;

const write = (regionAdcode: string, year: number, value: string, published: string | null): ObservationWrite => ({
  indicatorId,
  regionAdcode,
  year,
  value,
  valueAsEntered: value,
  unitAsEntered: null,
  source: `src ${value}`,
  note: null,
  flags: [],
  publishedAt: published ? new Date(published) : null,
});
const record = (...writes: ObservationWrite[]) => prisma.$transaction((tx) => recordObservations(tx, writes, null));

/** The definition, by brute force over every version: [year, value] of the region's current figures as of `asOf`. */
async function reference(region: string, asOf?: Date): Promise<[number, number][]> {
  const all = await prisma.observation.findMany({
    where: { indicatorId, regionAdcode: region, ...(asOf ? { publishedAt: { lte: asOf } } : {}) },
    orderBy: [{ year: "asc" }, { version: "asc" }],
  });
  const newest = new Map<number, (typeof all)[number]>();
  for (const o of all) newest.set(o.year, o);
  return [...newest.values()].filter((o) => o.kind === "value").map((o) => [o.year, Number(o.value)]);
}

/** What each reader shows for the region as of `asOf`, as [year, value] pairs. */
async function readers(region: string, asOf?: Date) {
  const list = await listObservations(actor, { region, indicator: "urban_population", asOf });
  const report = await listSelectionFigures(
    reportSelectionSchema.parse({ plan: "chengyu-2016", indicators: ["urban_population"], regions: [region], years: { from: 1990, to: 2100 } }),
    asOf ?? new Date(),
  );
  const progress = await getProgress(actor, { planSlug: "chengyu-2016", region, indicator: "urban_population", asOf });
  const one = await listCurrentObservations({ asOf, where: [Prisma.sql`c."indicatorId" = ${indicatorId}`, Prisma.sql`c."regionAdcode" = ${region}`] });
  return {
    list: list.map((o) => [o.year, o.value]),
    report: report.figures.map((f) => [f.year, f.value]),
    progress: progress!.entries[0]!.observations.map((o) => [o.year, o.value]),
    one: one.map((o) => [o.year, o.value]),
  };
}

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  const { user } = await createUser("analyst");
  actor = { kind: "user", userId: user.id, role: "analyst", name: user.name, email: user.email, via: "session" };
  const a = (await createUser("admin")).user;
  admin = { kind: "user", userId: a.id, role: "admin", name: a.name, email: a.email, via: "session" };
  indicatorId = (await prisma.indicator.findUniqueOrThrow({ where: { code: "urban_population" } })).id;
  // Wanzhou has a target for urban_population? The progress reader needs one: make sure.
  const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: "chengyu-2016" } });
  await prisma.target.upsert({
    where: { planId_indicatorId_regionAdcode_year: { planId: plan.id, indicatorId, regionAdcode: WANZHOU, year: 2020 } },
    update: {},
    create: { planId: plan.id, indicatorId, regionAdcode: WANZHOU, year: 2020, value: "150", type: "min", clause: "test" },
  });
  // vintages: recorded now, published at different moments; a later version published earlier than the one before it
  await record(write(WANZHOU, 2014, "100", "2015-06-01T10:00:00+08:00"));
  await record(write(WANZHOU, 2020, "140", "2021-06-30T10:00:00+08:00"));
  await record(write(WANZHOU, 2020, "146", "2022-05-15T10:00:00+08:00"));
  await record(write(WANZHOU, 2019, "130", "2022-01-10T10:00:00+08:00"));
  await record(write(WANZHOU, 2019, "131", "2021-12-01T10:00:00+08:00"));
  await record(write(WANZHOU, 2018, "120", null));
});

const MOMENTS = [
  undefined,
  "2015-01-01T00:00:00Z",
  "2015-06-02T00:00:00Z",
  "2021-07-01T00:00:00Z",
  "2021-12-15T00:00:00Z",
  "2022-02-01T00:00:00Z",
  "2022-06-01T00:00:00Z",
];

describe("the current version as of a moment", () => {
  it.each(MOMENTS)("every reader agrees with the definition as of %s", async (moment) => {
    const asOf = moment ? new Date(moment) : undefined;
    const expected = await reference(WANZHOU, asOf);
    const got = await readers(WANZHOU, asOf);
    expect(got).toEqual({ list: expected, report: expected, progress: expected, one: expected });
  });

  it("hand-checked vintages: the version published by the moment, not the newest recorded", async () => {
    expect((await readers(WANZHOU, new Date("2021-07-01T00:00:00Z"))).one).toEqual([
      [2014, 100],
      [2020, 140],
    ]);
    // version 2 of 2019 (131) was published before version 1 (130): as of mid-December only 131 was known
    expect((await readers(WANZHOU, new Date("2021-12-15T00:00:00Z"))).one).toEqual([
      [2014, 100],
      [2019, 131],
      [2020, 140],
    ]);
    expect((await readers(WANZHOU, new Date("2022-02-01T00:00:00Z"))).one).toEqual([
      [2014, 100],
      [2019, 131],
      [2020, 140],
    ]);
    expect((await readers(WANZHOU)).one).toEqual([
      [2014, 100],
      [2018, 120],
      [2019, 131],
      [2020, 146],
    ]);
  });

  it("after a retraction: no figure now, the figure in the past; the entry grid keeps the retraction to edit on", async () => {
    const key = await prisma.observationCurrent.findUniqueOrThrow({
      where: { indicatorId_regionAdcode_year: { indicatorId, regionAdcode: WANZHOU, year: 2020 } },
    });
    const current = await prisma.observation.findUniqueOrThrow({ where: { id: key.observationId } });
    expect(current.version).toBe(2);
    const before = new Date();
    await new Promise((r) => setTimeout(r, 10));
    await retractObservation(admin, current.id, { reason: "wrong" });
    const now = await readers(WANZHOU);
    const expected = await reference(WANZHOU);
    expect(expected).toEqual([
      [2014, 100],
      [2018, 120],
      [2019, 131],
    ]);
    expect(now).toEqual({ list: expected, report: expected, progress: expected, one: expected });
    const past = await readers(WANZHOU, before);
    expect(past.one).toContainEqual([2020, 146]);
    expect(past).toEqual({ list: past.one, report: past.one, progress: past.one, one: past.one });
    const grid = await getEntryGrid(actor, { indicator: "urban_population", now: new Date("2021-01-01T00:00:00Z") });
    const cell = grid!.rows.find((r) => r.region.adcode === WANZHOU)!.cells.find((c) => c?.year === 2020)!;
    expect(cell).toMatchObject({ kind: "retraction", value: null, version: 3, note: "wrong" });
  });

  it("exactly one current version per series, the newest, and no other key", async () => {
    const bad = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT "indicatorId", "regionAdcode", year, max(version) AS top FROM "Observation" GROUP BY 1, 2, 3) s
      LEFT JOIN "ObservationCurrent" c USING ("indicatorId", "regionAdcode", year)
      LEFT JOIN "Observation" o ON o.id = c."observationId"
      WHERE c."observationId" IS NULL OR o.version IS DISTINCT FROM s.top OR c.version <> s.top
         OR o."indicatorId" <> s."indicatorId" OR o."regionAdcode" <> s."regionAdcode" OR o.year <> s.year
         OR c.kind <> o.kind OR c.value IS DISTINCT FROM o.value OR c."valueAsEntered" IS DISTINCT FROM o."valueAsEntered"
         OR c."unitAsEntered" IS DISTINCT FROM o."unitAsEntered" OR c.source <> o.source
         OR c."publishedAt" <> o."publishedAt" OR c."createdAt" <> o."createdAt"`;
    expect(Number(bad[0]!.n)).toBe(0);
    const orphans = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "ObservationCurrent" c WHERE NOT EXISTS (SELECT 1 FROM "Observation" o WHERE o.id = c."observationId")`;
    expect(Number(orphans[0]!.n)).toBe(0);
  });
});

describe("several regions and indicators in one read", () => {
  it("answers every listed region's figures of every listed indicator, the same as one read per pair, and nothing else", async () => {
    const LUZHOU = "510500"; // sample figures of urban_population (2014, 2018) and urban_construction_land (2014)
    const regions = [WANZHOU, LUZHOU, QIANJIANG];
    const indicators = ["urban_population", "urban_construction_land", "no_such_indicator"];
    const key = (o: { indicator: string; region: { adcode: string }; year: number; value: number }) => `${o.indicator}|${o.region.adcode}|${o.year}|${o.value}`;
    const batched = (await listObservations(actor, { region: regions, indicator: indicators })).map(key).sort();
    const pairs = await Promise.all(regions.flatMap((region) => indicators.map((indicator) => listObservations(actor, { region, indicator }))));
    expect(batched).toEqual(pairs.flat().map(key).sort());
    // by hand: Wanzhou's figures as the tests above left them (2020 retracted), Luzhou's
    // sample figures (1,619,700 人 = 161.97 万人); Qianjiang has none, no_such_indicator no series
    expect(batched).toEqual([
      "urban_construction_land|510500|2014|113.17",
      "urban_population|500101|2014|100",
      "urban_population|500101|2018|120",
      "urban_population|500101|2019|131",
      "urban_population|510500|2014|111.59",
      "urban_population|510500|2018|161.97",
    ]);
    expect(await listObservations(actor, { region: [], indicator: indicators })).toEqual([]);
  });
});

describe("the current-version table's copy of the figure", () => {
  it("follows a hand repair (an UPDATE) of the version it names", async () => {
    const [current] = await prisma.$queryRaw<{ id: number; indicatorId: number; regionAdcode: string; year: number }[]>`
      SELECT "observationId" AS id, "indicatorId", "regionAdcode", year FROM "ObservationCurrent" WHERE kind = 'value' ORDER BY "observationId" LIMIT 1`;
    await prisma.$executeRaw`UPDATE "Observation" SET source = 'repaired by hand', "publishedAt" = '2001-02-03T04:05:06Z' WHERE id = ${current!.id}`;
    const copy = await prisma.observationCurrent.findUniqueOrThrow({
      where: { indicatorId_regionAdcode_year: { indicatorId: current!.indicatorId, regionAdcode: current!.regionAdcode, year: current!.year } },
    });
    expect({ source: copy.source, publishedAt: copy.publishedAt.toISOString(), observationId: copy.observationId }).toEqual({
      source: "repaired by hand",
      publishedAt: "2001-02-03T04:05:06.000Z",
      observationId: current!.id,
    });
  });

  it("follows a deleted current version back to the newest one left, and drops a series left with none", async () => {
    const add = (version: number, value: number, supersedesId: number | null) =>
      prisma.$queryRaw<{ id: number }[]>`
        INSERT INTO "Observation"("indicatorId", "regionAdcode", year, version, kind, value, source, flags, "supersedesId")
        VALUES (${indicatorId}, ${WANZHOU}, 1980, ${version}, 'value', ${value}, ${`repair test ${version}`}, '{}', ${supersedesId}) RETURNING id`.then(
        (r) => r[0]!.id,
      );
    const v1 = await add(1, 10, null);
    const v2 = await add(2, 20, v1);
    const key = { indicatorId_regionAdcode_year: { indicatorId, regionAdcode: WANZHOU, year: 1980 } };
    expect(await prisma.observationCurrent.findUnique({ where: key, select: { observationId: true, source: true } })).toEqual({
      observationId: v2,
      source: "repair test 2",
    });
    await prisma.$executeRaw`DELETE FROM "Observation" WHERE id = ${v2}`;
    const back = await prisma.observationCurrent.findUnique({ where: key, select: { observationId: true, version: true, source: true, value: true } });
    expect({ ...back, value: back?.value?.toString() }).toEqual({ observationId: v1, version: 1, source: "repair test 1", value: "10" });
    await prisma.$executeRaw`DELETE FROM "Observation" WHERE id = ${v1}`;
    expect(await prisma.observationCurrent.findUnique({ where: key })).toBeNull();
  });
});

/** Rows the plan read from "Observation" (index and heap scans, with what their filters removed), over all loops. */
function rowsRead(plan: Record<string, unknown>): number {
  const own =
    plan["Relation Name"] === "Observation" ? (Number(plan["Actual Rows"]) + Number(plan["Rows Removed by Filter"] ?? 0)) * Number(plan["Actual Loops"]) : 0;
  return own + ((plan.Plans as Record<string, unknown>[] | undefined) ?? []).reduce((s, p) => s + rowsRead(p), 0);
}

async function explainRows(region: string, asOf?: Date): Promise<number> {
  const sql = Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM ${currentVersionsSql({ asOf, where: [Prisma.sql`c."indicatorId" = ${indicatorId}`, Prisma.sql`c."regionAdcode" = ${region}`, Prisma.sql`c.year = 2015`] })} s`;
  const [row] = await prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: Record<string, unknown> }] }[]>(sql);
  return rowsRead(row!["QUERY PLAN"][0].Plan);
}

describe("lookup cost", () => {
  it("reads as many rows for a series of 2,000 versions as for one of 1 (now, and as of a moment)", async () => {
    await record(write(QIANJIANG, 2015, "1", "2016-01-01T00:00:00Z"));
    await record(write(WANZHOU, 2015, "1", "2016-01-01T00:00:00Z"));
    // 1,999 more versions of Wanzhou 2015, published later and later
    await record(...Array.from({ length: 1999 }, (_, i) => write(WANZHOU, 2015, String(i + 2), new Date(Date.UTC(2016, 0, 2) + i * 3_600_000).toISOString())));
    expect(await prisma.observation.count({ where: { indicatorId, regionAdcode: WANZHOU, year: 2015 } })).toBe(2000);
    await prisma.$executeRawUnsafe(`ANALYZE "Observation"`);
    await prisma.$executeRawUnsafe(`ANALYZE "ObservationCurrent"`);
    const shallowNow = await explainRows(QIANJIANG);
    const deepNow = await explainRows(WANZHOU);
    expect(shallowNow).toBeGreaterThan(0);
    expect(shallowNow).toBeLessThanOrEqual(2); // the current row (and its index entry)
    expect(deepNow).toBe(shallowNow);
    const late = new Date("2030-01-01T00:00:00Z");
    expect(await explainRows(WANZHOU, late)).toBe(await explainRows(QIANJIANG, late));
    // and the figures are right
    const [deep] = await listCurrentObservations({
      where: [Prisma.sql`c."indicatorId" = ${indicatorId}`, Prisma.sql`c."regionAdcode" = ${WANZHOU}`, Prisma.sql`c.year = 2015`],
    });
    expect(deep).toMatchObject({ version: 2000, value: 2000 });
    const [early] = await listCurrentObservations({
      asOf: new Date("2016-01-02T05:30:00Z"),
      where: [Prisma.sql`c."indicatorId" = ${indicatorId}`, Prisma.sql`c."regionAdcode" = ${WANZHOU}`, Prisma.sql`c.year = 2015`],
    });
    expect(early).toMatchObject({ version: 7, value: 7 });
  });
});

describe("revising cost", () => {
  it("a revision rewrites the current-version row on its own page (no new index entries), every year of a series at once", async () => {
    const other = await prisma.indicator.create({
      data: { code: "revision_room", nameZh: "修订", nameEn: "Revision room", unit: "万人", definitionZh: "", definitionEn: "" },
    });
    const years = Array.from({ length: 75 }, (_, i) => 1950 + i);
    const batch = (value: string) => years.map((year) => ({ ...write(WANZHOU, year, value, null), indicatorId: other.id }));
    const pages = async () =>
      prisma.$queryRaw<{ year: number; page: number }[]>`
        SELECT year, (ctid::text::point)[0]::int AS page FROM "ObservationCurrent" WHERE "indicatorId" = ${other.id} ORDER BY year`;
    await record(...batch("100"));
    const before = await pages();
    expect(before).toHaveLength(75);
    const { counts } = await record(...batch("101"));
    expect(counts.updated).toBe(75);
    // at fillfactor 70 only the first third of a page's rows found room beside themselves
    expect(await pages()).toEqual(before);
  });
});
