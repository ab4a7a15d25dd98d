import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { recordObservations } from "@/lib/data/observation-writes";
import { listMapRegions } from "@/lib/data/map-regions";
import { getProgressOverview } from "@/lib/data/progress-overview";
import { buildClusterMap } from "@/lib/map/cluster-map";
import { MAP_FRAME } from "@/lib/progress/overview-query";
import type { Actor } from "@/lib/permissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

// The overview keeps the reads beside the evaluation (the plan area's figures, the
// regions, the indicators) for as long as the data are unchanged, and across figures of
// the cities. A write no target reads — a figure of the whole plan area — leaves every
// evaluated target as it was, yet must show on the next overview; so must a renamed
// indicator.

let actor: Actor;
const PLAN = "chengyu-2016";
const overview = () => getProgressOverview(actor, { planSlug: PLAN, frame: MAP_FRAME });

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  const { user } = await createUser("viewer");
  actor = { kind: "user", userId: user.id, role: "viewer", name: user.name, email: user.email, via: "session" };
});

async function write(indicatorId: number, regionAdcode: string, year: number, value: string) {
  await prisma.$transaction((tx) =>
    recordObservations(
      tx,
      [{ indicatorId, regionAdcode, year, value, valueAsEntered: value, unitAsEntered: null, source: "overview cache test", note: null, flags: [] }],
      null,
    ),
  );
}

async function writeClusterPopulation(year: number, value: string) {
  const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: "resident_population" } });
  await write(indicator.id, "CHENGYU", year, value);
}

const clusterPopulation = (o: Awaited<ReturnType<typeof overview>>) =>
  o!.cluster.filter((c) => c.indicator === "resident_population").map((c) => [c.year, c.value]);

describe("overview reads beside the evaluation", () => {
  it("shows a new figure of the plan area on the next overview, though no target reads it", async () => {
    const before = await overview();
    expect(clusterPopulation(before)).toEqual([
      [2014, 9094],
      [2017, 9495],
      [2019, 9600],
    ]);
    await writeClusterPopulation(2020, "9876.5");
    const after = await overview();
    expect(after!.summary.entries).toBe(before!.summary.entries); // no target was touched…
    expect(after!.model).toBe(before!.model); // …so the model is not built again
    expect(clusterPopulation(after)).toEqual([
      [2014, 9094],
      [2017, 9495],
      [2019, 9600],
      [2020, 9876.5],
    ]);
  });

  it("keeps the reads across figures written for cities (a monitoring round's writes), with the new statuses", async () => {
    const before = await overview();
    const target = await prisma.target.findFirstOrThrow({ where: { plan: { slug: PLAN }, regionAdcode: { not: "CHENGYU" } }, orderBy: { id: "asc" } });
    await write(target.indicatorId, target.regionAdcode, 2024, "123456.7");
    const after = await overview();
    expect(after!.summary.entries).not.toBe(before!.summary.entries); // a target was touched…
    const entry = (o: typeof before) => o!.summary.entries.find((e) => e.targetId === target.id);
    expect(entry(after)).not.toBe(entry(before)); // evaluated again
    expect(entry(after)!.latest!.year).toBeGreaterThanOrEqual(2024);
    expect(after!.cluster).toBe(before!.cluster); // …but nothing read beside it: kept, not read again
    expect(after!.indicators).toBe(before!.indicators);
    // the map recoloured from the one before: as a map drawn afresh
    expect(after!.map).toEqual(buildClusterMap(await listMapRegions(actor), after!.model.cities, MAP_FRAME));
  });

  it("reads again after an indicator is renamed", async () => {
    const before = await overview();
    const code = before!.model.indicators[0]!;
    await prisma.indicator.update({ where: { code }, data: { nameEn: "Renamed for the overview cache test" } });
    const after = await overview();
    expect(after!.indicators).not.toBe(before!.indicators);
    expect(after!.indicators.find((i) => i.code === code)!.nameEn).toBe("Renamed for the overview cache test");
  });

  it("keeps the reads while nothing changes", async () => {
    const a = await overview();
    const b = await overview();
    expect(b!.cluster).toBe(a!.cluster);
    expect(b!.model).toBe(a!.model);
  });
});
