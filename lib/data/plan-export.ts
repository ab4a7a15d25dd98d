import "server-only";
import { indicatorView } from "@/lib/data/indicators";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { toNumber } from "@/lib/data/decimal";
import { planHeadFromRow, targetDocumentFromRow } from "@/lib/data/plan-document-map";
import { buildTree } from "@/lib/util/tree";
import { PLAN_DOCUMENT_SCHEMA_VERSION, type GoalDocument, type PlanDocument } from "@/lib/plan-document/schema";

const MEMBERSHIP = { full: "whole", partial: "part", outside: "part" } as const;
const opt = <K extends string, V>(key: K, v: V | null): { [P in K]?: V } => (v === null ? {} : ({ [key]: v } as { [P in K]: V }));

/**
 * The plan as a document, built from what is stored now (an admin's edit of a target in
 * the app shows here), so that publishing it under another slug recreates the plan.
 */
export async function exportPlanDocument(actor: Actor, slug: string): Promise<PlanDocument | null> {
  authorize(actor, "plan.read");
  const plan = await prisma.plan.findUnique({ where: { slug } });
  if (!plan) return null;
  const planId = plan.id;
  const [regions, roles, goals, targets, figures] = await Promise.all([
    prisma.planRegion.findMany({ where: { planId }, orderBy: { sortOrder: "asc" } }),
    prisma.regionRole.findMany({ where: { planId }, orderBy: { sortOrder: "asc" } }),
    prisma.goal.findMany({ where: { planId }, orderBy: { sortOrder: "asc" }, include: { regions: { orderBy: { sortOrder: "asc" } } } }),
    prisma.target.findMany({
      where: { planId },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      include: { indicator: true, goals: { include: { goal: { select: { key: true, sortOrder: true } } } } },
    }),
    prisma.planBaselineFigure.findMany({ where: { planId }, orderBy: { sortOrder: "asc" }, include: { indicator: true } }),
  ]);
  // the indicators the plan uses, in order of first use
  const indicatorRows = new Map<string, (typeof targets)[number]["indicator"]>();
  for (const r of [...targets, ...figures]) if (!indicatorRows.has(r.indicator.code)) indicatorRows.set(r.indicator.code, r.indicator);

  return {
    schemaVersion: PLAN_DOCUMENT_SCHEMA_VERSION,
    ...planHeadFromRow(plan),
    regions: regions.map((r) => ({ region: r.regionAdcode, membership: MEMBERSHIP[r.membership], ...opt("note", r.note) })),
    roles: roles.map((r) => ({ region: r.regionAdcode, role: r.role, labelZh: r.labelZh, textZh: r.textZh, textEn: r.textEn, clause: r.clause })),
    goals: buildTree(goals, (g): GoalNode => ({
      key: g.key,
      kind: g.kind,
      titleZh: g.titleZh,
      titleEn: g.titleEn,
      ...opt("textZh", g.textZh),
      ...opt("textEn", g.textEn),
      ...opt("year", g.year),
      ...opt("clause", g.clause),
      ...(g.regions.length ? { regions: g.regions.map((r) => ({ region: r.regionAdcode, labelZh: r.labelZh })) } : {}),
      children: [],
    })).map(dropEmptyChildren),
    indicators: [...indicatorRows.values()].map((i) => ({
      ...indicatorView(i),
      ...(i.allowNegative ? { allowNegative: true } : {}),
    })),
    targets: targets.map((t) =>
      targetDocumentFromRow(
        t,
        t.indicator.code,
        t.indicator.unit,
        [...t.goals].sort((a, b) => a.goal.sortOrder - b.goal.sortOrder).map((g) => g.goal.key),
      ),
    ),
    baselineFigures: figures.map((f) => ({
      indicator: f.indicator.code,
      region: f.regionAdcode,
      year: f.year,
      value: toNumber(f.value),
      valueAsPublished: Number(f.valueAsPublished),
      unitAsPublished: f.unitAsPublished,
      note: f.note,
      ...(f.flags.length ? { flags: f.flags as NonNullable<PlanDocument["baselineFigures"][number]["flags"]> } : {}),
    })),
  };
}

type GoalNode = Omit<GoalDocument, "children"> & { children: GoalNode[] };

function dropEmptyChildren(g: GoalNode): GoalDocument {
  const { children, ...rest } = g;
  return children && children.length ? { ...rest, children: children.map(dropEmptyChildren) } : rest;
}
