import "server-only";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import type { MapRegionInput } from "@/lib/map/cluster-map";

/** Regions with coordinates, just the fields the schematic map needs. */
export async function listMapRegions(actor: Actor): Promise<MapRegionInput[]> {
  authorize(actor, "plan.read");
  return prisma.region.findMany({
    where: { lat: { not: null }, lon: { not: null } },
    select: { adcode: true, nameZh: true, nameEn: true, level: true, lat: true, lon: true },
    orderBy: { sortOrder: "asc" },
  });
}
