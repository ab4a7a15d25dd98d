import "server-only";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const regionInclude = {
  aliases: { select: { alias: true, kind: true }, orderBy: { id: "asc" } },
  roles: { select: { role: true, labelZh: true, textZh: true, textEn: true, clause: true, plan: { select: { slug: true } } }, orderBy: { sortOrder: "asc" } },
  goalLinks: { select: { labelZh: true, goal: { select: { key: true, kind: true, titleZh: true, titleEn: true, clause: true } } } },
  planRegions: { select: { membership: true, note: true, plan: { select: { slug: true, isDefault: true } } }, orderBy: { planId: "asc" } },
} satisfies Prisma.RegionInclude;

type RegionRow = Prisma.RegionGetPayload<{ include: typeof regionInclude }>;

function toRegionSummary(r: RegionRow) {
  // Membership belongs to each plan (PlanRegion); inCluster/inClusterNote keep answering
  // for the default plan. A region no plan mentions is outside; the legacy column answers
  // only while no plan records a scope at all.
  const scoped = r.planRegions.find((p) => p.plan.isDefault);
  const anyScope = r.planRegions.length > 0 || scoped !== undefined;
  return {
    adcode: r.adcode,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    level: r.level,
    parentAdcode: r.parentAdcode,
    inCluster: scoped ? scoped.membership : anyScope ? ("outside" as const) : r.inCluster,
    inClusterNote: scoped ? scoped.note : anyScope ? null : r.inClusterNote,
    plans: r.planRegions.map((p) => ({ plan: p.plan.slug, membership: p.membership, note: p.note })),
    lat: r.lat,
    lon: r.lon,
    aliases: r.aliases.map((a) => ({ alias: a.alias, kind: a.kind })),
    roles: r.roles.map((x) => ({ plan: x.plan.slug, role: x.role, labelZh: x.labelZh, textZh: x.textZh, textEn: x.textEn, clause: x.clause })),
    memberships: r.goalLinks.map((g) => ({
      key: g.goal.key,
      kind: g.goal.kind,
      titleZh: g.goal.titleZh,
      titleEn: g.goal.titleEn,
      clause: g.goal.clause,
      labelZh: g.labelZh,
    })),
  };
}

export type RegionSummary = ReturnType<typeof toRegionSummary>;

/** All regions in file order; `q` matches code, zh/en names and aliases (case-insensitive, substring). */
export async function listRegions(actor: Actor, filter: { q?: string } = {}): Promise<RegionSummary[]> {
  authorize(actor, "plan.read");
  const q = filter.q?.trim();
  const where: Prisma.RegionWhereInput = q
    ? {
        OR: [{ adcode: q }, { nameZh: { contains: q } }, { nameEn: { contains: q, mode: "insensitive" } }, { aliases: { some: { alias: { contains: q } } } }],
      }
    : {};
  const rows = await prisma.region.findMany({ where, include: regionInclude, orderBy: { sortOrder: "asc" } });
  return rows.map(toRegionSummary);
}

/**
 * Every region's code, names and level, in file order: for pages that only name regions
 * (choosers, the landing page's plan-to-plan strips). One query; listRegions adds
 * aliases, roles, goals and plan scopes, seven queries more.
 */
export async function listRegionNames(actor: Actor): Promise<{ adcode: string; nameZh: string; nameEn: string; level: RegionRow["level"] }[]> {
  authorize(actor, "plan.read");
  return prisma.region.findMany({ select: { adcode: true, nameZh: true, nameEn: true, level: true }, orderBy: { sortOrder: "asc" } });
}

export async function getRegion(actor: Actor, adcode: string) {
  authorize(actor, "plan.read");
  const r = await prisma.region.findUnique({
    where: { adcode },
    include: {
      ...regionInclude,
      parent: { select: { adcode: true, nameZh: true, nameEn: true } },
      children: { select: { adcode: true, nameZh: true, nameEn: true }, orderBy: { sortOrder: "asc" } },
    },
  });
  if (!r) return null;
  return { ...toRegionSummary(r), parent: r.parent, children: r.children };
}
