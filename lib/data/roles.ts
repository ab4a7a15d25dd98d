import "server-only";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { prisma } from "@/lib/db";
import type { RegionRoleKind } from "@/lib/generated/prisma/enums";

/** The plan's roles of regions (core, regional centre, node city) in the plan's order. */
export async function listRegionRoles(actor: Actor, planSlug: string, role?: RegionRoleKind) {
  authorize(actor, "plan.read");
  const rows = await prisma.regionRole.findMany({
    where: { plan: { slug: planSlug }, ...(role ? { role } : {}) },
    orderBy: { sortOrder: "asc" },
    include: { region: { select: { adcode: true, nameZh: true, nameEn: true } } },
  });
  return rows.map((r) => ({ role: r.role, labelZh: r.labelZh, textZh: r.textZh, textEn: r.textEn, clause: r.clause, region: r.region }));
}
