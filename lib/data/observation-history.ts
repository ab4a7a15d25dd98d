import "server-only";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { listSeriesVersions, seriesOfVersion, toObservationVersion } from "@/lib/data/observation-versions";

/** Every version of the series `id` belongs to (any of its version ids), newest first. */
export async function getObservationHistory(actor: Actor, id: number) {
  authorize(actor, "plan.read");
  const key = await seriesOfVersion(prisma, id);
  const versions = (await listSeriesVersions(prisma, key)).map(toObservationVersion);
  const first = versions[0]!;
  return { indicator: first.indicator, unit: first.unit, region: first.region, year: first.year, currentId: first.id, versions };
}
