import "server-only";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { prisma } from "@/lib/db";
import { buildTree } from "@/lib/util/tree";
import { toNumber } from "@/lib/data/decimal";
import { listTargets } from "@/lib/data/targets";
import { listIndicators } from "@/lib/data/indicators";

export async function listPlans(actor: Actor) {
  authorize(actor, "plan.read");
  const plans = await prisma.plan.findMany({ orderBy: { id: "asc" } });
  return plans.map((p) => ({
    slug: p.slug,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    docNumber: p.docNumber,
    issuingBodiesZh: p.issuingBodiesZh,
    issuingBodiesEn: p.issuingBodiesEn,
    issueDate: p.issueDate.toISOString().slice(0, 10),
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    outlookYear: p.outlookYear,
    baseYear: p.baseYear,
    scopeZh: p.scopeZh,
    scopeEn: p.scopeEn,
    sourceZh: p.sourceZh,
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

async function getGoalTree(actor: Actor, planId: number): Promise<GoalNode[]> {
  authorize(actor, "plan.read");
  const goals = await prisma.goal.findMany({
    where: { planId },
    orderBy: { sortOrder: "asc" },
    include: { regions: { orderBy: { sortOrder: "asc" }, include: { region: { select: { nameZh: true, nameEn: true } } } } },
  });
  return buildTree(goals, (g): GoalNode => ({
    key: g.key,
    kind: g.kind,
    titleZh: g.titleZh,
    titleEn: g.titleEn,
    textZh: g.textZh,
    textEn: g.textEn,
    year: g.year,
    clause: g.clause,
    regions: g.regions.map((r) => ({ adcode: r.regionAdcode, labelZh: r.labelZh, nameZh: r.region.nameZh, nameEn: r.region.nameEn })),
    children: [],
  }));
}

export async function getPlanDetail(actor: Actor, slug: string) {
  authorize(actor, "plan.read");
  const plan = await prisma.plan.findUnique({ where: { slug }, select: { id: true } });
  if (!plan) return null;
  const [summary] = (await listPlans(actor)).filter((p) => p.slug === slug);
  const [goals, indicators, targets] = await Promise.all([getGoalTree(actor, plan.id), listIndicators(actor), listTargets(actor, { planSlug: slug })]);
  return { ...summary!, goals, indicators, targets };
}

/** The plan the app shows when none is named: the first one (there is one today). */
export async function getDefaultPlanSlug(actor: Actor): Promise<string | null> {
  authorize(actor, "plan.read");
  const p = await prisma.plan.findFirst({ orderBy: { id: "asc" }, select: { slug: true } });
  return p?.slug ?? null;
}
