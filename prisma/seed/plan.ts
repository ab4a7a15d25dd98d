import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { recordObservations } from "@/lib/data/observation-writes";
import { plan, indicators, targets, baselineObservations } from "../seed-data/plan-content";
import { goals } from "../seed-data/plan-goals";
import { regionRoles } from "../seed-data/plan-roles";
import type { GoalSeed } from "../seed-data/types";

/** The start of a day in China time, as the importer reads a `published` day. */
const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * Writes the plan. Plan-owned text (plan, goals, roles) is upserted so corrections in a
 * new release reach existing databases; indicators and targets are only created when
 * missing, because admins may edit them in the app and a restart must not undo that.
 */
export async function seedPlan(tx: TransactionClient): Promise<{ planId: number }> {
  const planData = { ...plan, issueDate: new Date(`${plan.issueDate}T00:00:00Z`) };
  const { id: planId } = await tx.plan.upsert({ where: { slug: plan.slug }, create: planData, update: planData });

  let order = 0;
  const writeGoal = async (g: GoalSeed, parentId: number | null): Promise<void> => {
    const data = {
      parentId,
      kind: g.kind,
      titleZh: g.titleZh,
      titleEn: g.titleEn,
      textZh: g.textZh ?? null,
      textEn: g.textEn ?? null,
      year: g.year ?? null,
      clause: g.clause ?? null,
      sortOrder: order++,
    };
    const { id } = await tx.goal.upsert({ where: { planId_key: { planId, key: g.key } }, create: { planId, key: g.key, ...data }, update: data });
    await tx.goalRegion.deleteMany({ where: { goalId: id, regionAdcode: { notIn: (g.regions ?? []).map((r) => r.adcode) } } });
    for (const [i, r] of (g.regions ?? []).entries()) {
      await tx.goalRegion.upsert({
        where: { goalId_regionAdcode: { goalId: id, regionAdcode: r.adcode } },
        create: { goalId: id, regionAdcode: r.adcode, labelZh: r.labelZh, sortOrder: i },
        update: { labelZh: r.labelZh, sortOrder: i },
      });
    }
    for (const child of g.children ?? []) await writeGoal(child, id);
  };
  for (const g of goals) await writeGoal(g, null);

  for (const [i, r] of regionRoles.entries()) {
    const data = { labelZh: r.labelZh, textZh: r.textZh, textEn: r.textEn, clause: r.clause, sortOrder: i };
    await tx.regionRole.upsert({
      where: { planId_regionAdcode_role: { planId, regionAdcode: r.adcode, role: r.role } },
      create: { planId, regionAdcode: r.adcode, role: r.role, ...data },
      update: data,
    });
  }

  for (const ind of indicators) {
    await tx.indicator.upsert({ where: { code: ind.code }, create: ind, update: {} });
  }
  const indicatorIds = new Map((await tx.indicator.findMany({ select: { id: true, code: true } })).map((i) => [i.code, i.id]));
  const idOf = (code: string) => {
    const id = indicatorIds.get(code);
    if (id === undefined) throw new Error(`seed: unknown indicator ${code}`);
    return id;
  };

  for (const t of targets) {
    const indicatorId = idOf(t.indicator);
    await tx.target.upsert({
      where: { planId_indicatorId_regionAdcode_year: { planId, indicatorId, regionAdcode: t.adcode, year: t.year } },
      create: {
        planId,
        indicatorId,
        regionAdcode: t.adcode,
        year: t.year,
        value: String(t.value),
        type: t.type,
        tolerancePct: t.tolerancePct === undefined ? null : String(t.tolerancePct),
        baselineYear: t.baseline?.year ?? null,
        baselineValue: t.baseline ? String(t.baseline.value) : null,
        clause: t.clause,
      },
      update: {},
    });
  }

  await linkTargetsToGoals(tx, planId);

  // The plan's own 2014 figures are observations like any other, sourced to the plan.
  // Written only into cells that never had a version: once a cell exists (an analyst's
  // correction, a retraction) the seed leaves it alone, so restarts write nothing.
  const baseline = baselineObservations.map((b) => ({
    indicatorId: idOf(b.indicator),
    regionAdcode: b.adcode,
    year: b.year,
    value: String(b.value),
    valueAsEntered: String(b.valueAsPublished),
    unitAsEntered: b.unitAsPublished,
    source: plan.sourceZh,
    note: b.note,
    flags: [],
    // known since the plan was issued (the vintage of "data known as of")
    publishedAt: chinaDayStart(plan.issueDate),
  }));
  const existing = await tx.observation.findMany({
    where: { OR: baseline.map((w) => ({ indicatorId: w.indicatorId, regionAdcode: w.regionAdcode, year: w.year })) },
    select: { indicatorId: true, regionAdcode: true, year: true },
    distinct: ["indicatorId", "regionAdcode", "year"],
  });
  const seen = new Set(existing.map((o) => `${o.indicatorId}|${o.regionAdcode}|${o.year}`));
  await recordObservations(
    tx,
    baseline.filter((w) => !seen.has(`${w.indicatorId}|${w.regionAdcode}|${w.year}`)),
    null,
  );
  return { planId };
}

// Which goals a target speaks to, for the goal roll-ups: every 专栏1 target serves the
// 2020 urban-system goal area; land ceilings also the "intensive, compact development"
// of the support-and-ecology area; and each target the spatial elements its city is in.
const TARGET_GOALS: Record<string, string[]> = {
  urban_population: ["goal-2020.urban-system"],
  urban_construction_land: ["goal-2020.urban-system", "goal-2020.support-ecology"],
};
const SPATIAL_KINDS = ["axis", "belt", "core", "zone"] as const;

async function linkTargetsToGoals(tx: TransactionClient, planId: number): Promise<void> {
  const [targets, goals] = await Promise.all([
    tx.target.findMany({ where: { planId }, select: { id: true, regionAdcode: true, indicator: { select: { code: true } } } }),
    tx.goal.findMany({ where: { planId }, select: { id: true, key: true, kind: true, regions: { select: { regionAdcode: true } } } }),
  ]);
  const goalId = new Map(goals.map((g) => [g.key, g.id]));
  const links: { goalId: number; targetId: number }[] = [];
  for (const t of targets) {
    for (const key of TARGET_GOALS[t.indicator.code] ?? []) {
      const id = goalId.get(key);
      if (id !== undefined) links.push({ goalId: id, targetId: t.id });
    }
    for (const g of goals) {
      if ((SPATIAL_KINDS as readonly string[]).includes(g.kind) && g.regions.some((r) => r.regionAdcode === t.regionAdcode)) {
        links.push({ goalId: g.id, targetId: t.id });
      }
    }
  }
  await tx.goalTarget.createMany({ data: links, skipDuplicates: true });
}
