import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { prisma } from "@/lib/db";
import { getProgress } from "@/lib/data/progress";
import type { Actor } from "@/lib/permissions";
import { buildIndicatorTable, type IndicatorTableGroup, type TableGoal } from "@/lib/plans/indicator-table";

export interface PlanIndicatorTable {
  plan: {
    slug: string;
    nameZh: string;
    nameEn: string;
    docNumber: string;
    periodStart: number;
    periodEnd: number;
    baseYear: number;
    outlookYear: number;
    /** The plan's whole area (its display setting, else its region of level cluster). */
    clusterCode: string | null;
  };
  asOf: string;
  evaluationYear: number;
  groups: IndicatorTableGroup[];
}

/**
 * A plan's 主要指标 table (lib/plans/indicator-table.ts): statuses, latest figures and
 * baselines come from the one cached progress evaluation the progress pages use, so the
 * table, its XLSX and /progress always agree. Null when there is no such plan.
 */
export async function getPlanIndicatorTable(actor: Actor, slug: string, asOf?: Date): Promise<PlanIndicatorTable | null> {
  authorize(actor, "plan.read");
  const plan = await prisma.plan.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      nameZh: true,
      nameEn: true,
      docNumber: true,
      periodStart: true,
      periodEnd: true,
      baseYear: true,
      outlookYear: true,
      clusterCode: true,
    },
  });
  if (!plan) return null;
  const [progress, indicators, links, area] = await Promise.all([
    getProgress(actor, { planSlug: slug, asOf }),
    prisma.indicator.findMany({ select: { code: true, attribute: true } }),
    prisma.goalTarget.findMany({
      where: { target: { planId: plan.id } },
      select: { targetId: true, goal: { select: { key: true, titleZh: true, titleEn: true, sortOrder: true } } },
    }),
    // a plan document without display settings still has its area among its regions
    plan.clusterCode
      ? null
      : prisma.planRegion.findFirst({
          where: { planId: plan.id, region: { level: "cluster" } },
          orderBy: { sortOrder: "asc" },
          select: { regionAdcode: true },
        }),
  ]);
  const clusterCode = plan.clusterCode ?? area?.regionAdcode ?? null;
  const goalsByTarget = new Map<number, TableGoal[]>();
  for (const l of links) goalsByTarget.set(l.targetId, [...(goalsByTarget.get(l.targetId) ?? []), l.goal]);
  const { id: _id, ...info } = plan;
  return {
    plan: { ...info, clusterCode },
    asOf: progress?.asOf ?? new Date().toISOString(),
    evaluationYear: progress?.evaluationYear ?? new Date().getUTCFullYear(),
    groups: buildIndicatorTable({
      entries: progress?.entries ?? [],
      clusterCode,
      attributes: new Map(indicators.map((i) => [i.code, i.attribute])),
      goalsByTarget,
    }),
  };
}
