import { beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../support/seeded-random";

// every import must reach the database here (the per-instance cap, 503 past it, is
// tested in import-spool): the setting is read once, so it is set before the app loads
process.env.IMPORT_CONCURRENCY = "16";
const { POST: importFile } = await import("@/app/api/v1/observations/import/route");
const { prisma } = await import("@/lib/db");
const { seedAll } = await import("@/prisma/seed");
const { resetDatabase } = await import("../support/db");
const { callJson } = await import("../support/api");
const { createUser } = await import("../support/factories");
const { csv, generatedRows } = await import("../support/import-files");

// Parallel imports of the same series in different row orders. Chunks used to take
// their series' locks in file order: import A held S1 and waited for S2 while B held
// S2 and waited for S1 → 40P01 "deadlock detected" → 500. Now every import locks its
// series in one global order (and retries a deadlock a bounded number of times): each
// ends as 200, or 409 when another import wrote a version first.

const IMPORTS = 16;
const ROWS = 1_600; // more than one write chunk (the first is 1,000 rows)
let token = "";

/** A deterministic shuffle, different for each seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const post = (body: string, name: string) =>
  callJson(importFile, "/api/v1/observations/import?confirmWarnings=true", {
    token,
    method: "POST",
    rawBody: body,
    contentType: "text/csv",
    headers: { "x-file-name": name },
  });

describe("concurrent imports", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    token = (await createUser("analyst")).token;
  });

  it(`${IMPORTS} imports of the same ${ROWS} series in different orders end as 200 or 409, never 500, and leave consistent versions`, async () => {
    const regions = (await prisma.region.findMany({ where: { adcode: { startsWith: "5" } }, select: { adcode: true }, orderBy: { sortOrder: "asc" } })).map(
      (r) => r.adcode,
    );
    // the first import creates the series; the parallel ones all write new versions of them
    const base = generatedRows(ROWS, regions, ["gdp"], "base");
    expect((await post(csv(base), "base.csv")).status).toBe(200);
    const files = Array.from({ length: IMPORTS }, (_, k) => csv(shuffled(generatedRows(ROWS, regions, ["gdp"], `import ${k}`), k + 1)));

    const t0 = Date.now();
    const results = await Promise.all(files.map((f, k) => post(f, `parallel-${k}.csv`)));
    const statuses = results.map((r) => r.status);
    console.info(`${IMPORTS} parallel imports of ${ROWS} rows: ${Date.now() - t0} ms, statuses ${JSON.stringify(statuses)}`);

    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    expect(statuses).toContain(200);
    for (const r of results.filter((r) => r.status === 409)) expect(r.body.error.code).toBe("CONFLICT");
    // every import that answered 200 wrote all its rows; a 409 wrote none
    const winners = results.flatMap((r, k) => (r.status === 200 ? [k] : []));
    for (const k of winners) expect(await prisma.observation.count({ where: { source: `import ${k}` } })).toBe(ROWS);
    expect(await prisma.observation.count({ where: { source: { startsWith: "import " } } })).toBe(winners.length * ROWS);
    // each series: versions 1…n without gaps or twins, each superseding the one before
    const gaps = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Observation" o
      LEFT JOIN "Observation" p ON p.id = o."supersedesId"
      WHERE o.source LIKE 'import %' AND (p.id IS NULL OR p.version <> o.version - 1 OR p."regionAdcode" <> o."regionAdcode" OR p.year <> o.year)`;
    expect(gaps[0]!.n).toBe(0);
  });
});
