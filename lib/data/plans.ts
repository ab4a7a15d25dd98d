import "server-only";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { writeAudit } from "@/lib/data/audit";
import type { Actor } from "@/lib/permissions";
import { prisma } from "@/lib/db";
import type { Goal } from "@/lib/generated/prisma/client";
import { planIdentity } from "@/lib/data/plan-document-map";
import { buildTree } from "@/lib/util/tree";
import { toNumber } from "@/lib/data/decimal";
import { listTargets } from "@/lib/data/targets";
import { listIndicators } from "@/lib/data/indicators";
import { readBaselineCards, type PlanDisplayFacts } from "@/lib/validation/plan-display";

export async function listPlans(actor: Actor) {
  authorize(actor, "plan.read");
  const plans = await prisma.plan.findMany({ orderBy: { id: "asc" }, include: { _count: { select: { targets: true, goals: true, regions: true } } } });
  return plans.map((p) => ({
    ...planIdentity(p),
    isDefault: p.isDefault,
    version: p.version,
    noteZh: p.noteZh,
    noteEn: p.noteEn,
    counts: { targets: p._count.targets, goals: p._count.goals, regions: p._count.regions },
    clusterCode: p.clusterCode,
    comparisonRegionCodes: p.comparisonRegionCodes,
    baselineCards: readBaselineCards(p.baselineCards),
    thresholds: { onTrackLagPp: toNumber(p.onTrackLagPp), atRiskLagPp: toNumber(p.atRiskLagPp), ceilingMarginPp: toNumber(p.ceilingMarginPp) },
  }));
}

/** A goal's own fields, as every goal view shows them. */
export interface GoalFields {
  key: string;
  kind: string;
  titleZh: string;
  titleEn: string;
  textZh: string | null;
  textEn: string | null;
  year: number | null;
  clause: string | null;
}

export interface GoalNode extends GoalFields {
  regions: { adcode: string; labelZh: string; nameZh: string; nameEn: string }[];
  children: GoalNode[];
}

/** A goal's own words, as the plan page and the goal tree with its roll-ups show them. */
export function goalText(g: Pick<Goal, "key" | "kind" | "titleZh" | "titleEn" | "textZh" | "textEn" | "year" | "clause">) {
  return { key: g.key, kind: g.kind, titleZh: g.titleZh, titleEn: g.titleEn, textZh: g.textZh, textEn: g.textEn, year: g.year, clause: g.clause };
}

async function getGoalTree(actor: Actor, planId: number): Promise<GoalNode[]> {
  authorize(actor, "plan.read");
  const goals = await prisma.goal.findMany({
    where: { planId },
    orderBy: { sortOrder: "asc" },
    include: { regions: { orderBy: { sortOrder: "asc" }, include: { region: { select: { nameZh: true, nameEn: true } } } } },
  });
  return buildTree(goals, (g): GoalNode => ({
    ...goalText(g),
    regions: g.regions.map((r) => ({ adcode: r.regionAdcode, labelZh: r.labelZh, nameZh: r.region.nameZh, nameEn: r.region.nameEn })),
    children: [],
  }));
}

/** What the overview shows of the plan area as a whole (see lib/validation/plan-display.ts); null: no such plan. */
export async function getPlanDisplay(actor: Actor, slug: string): Promise<PlanDisplayFacts | null> {
  authorize(actor, "plan.read");
  const p = await prisma.plan.findUnique({ where: { slug }, select: { clusterCode: true, comparisonRegionCodes: true, baselineCards: true } });
  return p ? { clusterCode: p.clusterCode, comparisonRegionCodes: p.comparisonRegionCodes, baselineCards: readBaselineCards(p.baselineCards) } : null;
}

/** The plan with its goals, indicators, regions and (unless `targets: false`: a page that shows a few reads those itself) every target. */
export async function getPlanDetail(actor: Actor, slug: string, opts: { targets?: boolean } = {}) {
  authorize(actor, "plan.read");
  const plan = await prisma.plan.findUnique({ where: { slug }, select: { id: true } });
  if (!plan) return null;
  const [summary] = (await listPlans(actor)).filter((p) => p.slug === slug);
  const [goals, indicators, targets, scope] = await Promise.all([
    getGoalTree(actor, plan.id),
    listIndicators(actor),
    opts.targets === false ? [] : listTargets(actor, { planSlug: slug }),
    prisma.planRegion.findMany({ where: { planId: plan.id }, orderBy: { sortOrder: "asc" }, select: { regionAdcode: true, membership: true, note: true } }),
  ]);
  const regions = scope.map((r) => ({ adcode: r.regionAdcode, membership: r.membership, note: r.note }));
  return { ...summary!, regions, goals, indicators, targets };
}

/** Marks `slug` the default plan (admins); exactly one plan is default afterwards. */
export async function setDefaultPlan(actor: Actor, slug: string): Promise<string> {
  authorize(actor, "plan.publish");
  const user = requireUser(actor);
  return prisma.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { slug }, select: { id: true } });
    if (!plan) throw new AppError("NOT_FOUND", msg(`没有规划“${slug}”`, `No plan "${slug}"`));
    const before = await tx.plan.findFirst({ where: { isDefault: true }, select: { slug: true } });
    await tx.plan.updateMany({ where: { isDefault: true, NOT: { id: plan.id } }, data: { isDefault: false } });
    await tx.plan.update({ where: { id: plan.id }, data: { isDefault: true } });
    await writeAudit(
      user.userId,
      { action: "plan.default", entityType: "plan", entityId: slug, before: { defaultPlan: before?.slug ?? null }, after: { defaultPlan: slug } },
      tx,
    );
    return slug;
  });
}
