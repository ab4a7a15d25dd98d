import "server-only";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { recordObservations } from "@/lib/data/observation-writes";
import { toNumber } from "@/lib/data/decimal";
import { sameFigures, targetFigures, targetFiguresOfRow, targetMeta } from "@/lib/data/plan-document-map";
import type { GoalDocument, PlanDocument } from "@/lib/plan-document/schema";

// The writers behind publishPlanDocument, one per part of the document. Each compares
// with what is stored, writes only differences and says what it did (the dry run shows
// the same summary and rolls back).

const MEMBERSHIP = { whole: "full", part: "partial" } as const;

export async function writeScope(tx: TransactionClient, planId: number, doc: PlanDocument) {
  const existing = await tx.planRegion.findMany({ where: { planId } });
  const byRegion = new Map(existing.map((r) => [r.regionAdcode, r]));
  const wanted = new Set(doc.regions.map((r) => r.region));
  const out = { added: [] as string[], changed: [] as string[], removed: existing.filter((r) => !wanted.has(r.regionAdcode)).map((r) => r.regionAdcode) };
  if (out.removed.length) await tx.planRegion.deleteMany({ where: { planId, regionAdcode: { in: out.removed } } });
  for (const [i, r] of doc.regions.entries()) {
    const data = { membership: MEMBERSHIP[r.membership], note: r.note ?? null, sortOrder: i };
    const old = byRegion.get(r.region);
    if (!old) {
      await tx.planRegion.create({ data: { planId, regionAdcode: r.region, ...data } });
      out.added.push(r.region);
    } else if (old.membership !== data.membership || old.note !== data.note || old.sortOrder !== i) {
      await tx.planRegion.update({ where: { planId_regionAdcode: { planId, regionAdcode: r.region } }, data });
      out.changed.push(r.region);
    }
  }
  return out;
}

export async function writeIndicators(tx: TransactionClient, doc: PlanDocument) {
  // Indicators are shared between plans: a document creates the ones that are missing and
  // never rewrites an existing one (another plan, or an admin's edit, may rely on it).
  const existing = new Set(
    (await tx.indicator.findMany({ where: { code: { in: doc.indicators.map((i) => i.code) } }, select: { code: true } })).map((i) => i.code),
  );
  const created: string[] = [];
  for (const ind of doc.indicators) {
    if (existing.has(ind.code)) continue;
    await tx.indicator.create({ data: { ...ind, allowNegative: ind.allowNegative ?? false } });
    created.push(ind.code);
  }
  const ids = new Map((await tx.indicator.findMany({ select: { id: true, code: true } })).map((i) => [i.code, i.id]));
  return { created, kept: doc.indicators.filter((i) => existing.has(i.code)).map((i) => i.code), ids };
}

export async function writeGoals(tx: TransactionClient, planId: number, doc: PlanDocument) {
  const existing = await tx.goal.findMany({ where: { planId }, include: { regions: true, _count: { select: { assessments: true } } } });
  const byKey = new Map(existing.map((g) => [g.key, g]));
  const out = { created: [] as string[], updated: [] as string[], removed: [] as string[], ids: new Map<string, number>() };
  let order = 0;
  const write = async (g: GoalDocument, parentId: number | null): Promise<void> => {
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
    const regions = (g.regions ?? []).map((r, i) => ({ regionAdcode: r.region, labelZh: r.labelZh, sortOrder: i }));
    const old = byKey.get(g.key);
    let id: number;
    if (!old) {
      id = (await tx.goal.create({ data: { planId, key: g.key, ...data } })).id;
      out.created.push(g.key);
    } else {
      id = old.id;
      const same = (Object.keys(data) as (keyof typeof data)[]).every((k) => old[k] === data[k]);
      const oldRegions = [...old.regions]
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((r) => ({ regionAdcode: r.regionAdcode, labelZh: r.labelZh, sortOrder: r.sortOrder }));
      const sameRegions = JSON.stringify(oldRegions) === JSON.stringify(regions);
      if (!same) await tx.goal.update({ where: { id }, data });
      if (!sameRegions) await tx.goalRegion.deleteMany({ where: { goalId: id } });
      if (!same || !sameRegions) out.updated.push(g.key);
      if (sameRegions) {
        out.ids.set(g.key, id);
        for (const c of g.children ?? []) await write(c, id);
        return;
      }
    }
    if (regions.length) await tx.goalRegion.createMany({ data: regions.map((r) => ({ goalId: id, ...r })) });
    out.ids.set(g.key, id);
    for (const c of g.children ?? []) await write(c, id);
  };
  for (const g of doc.goals) await write(g, null);
  const gone = existing.filter((g) => !out.ids.has(g.key));
  const assessed = gone.find((g) => g._count.assessments > 0);
  if (assessed) {
    throw new AppError(
      "CONFLICT",
      msg(
        `目标“${assessed.key}”已有评估，不能从规划中删除；请在文档中保留它`,
        `goal "${assessed.key}" has assessments and cannot be removed from the plan; keep it in the document`,
      ),
    );
  }
  if (gone.length) {
    // children before parents: detach first, then delete
    await tx.goal.updateMany({ where: { id: { in: gone.map((g) => g.id) } }, data: { parentId: null } });
    await tx.goal.deleteMany({ where: { id: { in: gone.map((g) => g.id) } } });
    out.removed = gone.map((g) => g.key);
  }
  return out;
}

export async function writeRoles(tx: TransactionClient, planId: number, doc: PlanDocument) {
  const existing = await tx.regionRole.findMany({ where: { planId } });
  const key = (r: { regionAdcode: string; role: string }) => `${r.role}:${r.regionAdcode}`;
  const byKey = new Map(existing.map((r) => [key(r), r]));
  const out = { created: 0, updated: 0, removed: 0 };
  const wanted = new Set<string>();
  for (const [i, r] of doc.roles.entries()) {
    const k = key({ regionAdcode: r.region, role: r.role });
    wanted.add(k);
    const data = { labelZh: r.labelZh, textZh: r.textZh, textEn: r.textEn, clause: r.clause, sortOrder: i };
    const old = byKey.get(k);
    if (!old) {
      await tx.regionRole.create({ data: { planId, regionAdcode: r.region, role: r.role, ...data } });
      out.created++;
    } else if ((Object.keys(data) as (keyof typeof data)[]).some((f) => old[f] !== data[f])) {
      await tx.regionRole.update({ where: { id: old.id }, data });
      out.updated++;
    }
  }
  const gone = existing.filter((r) => !wanted.has(key(r)));
  if (gone.length) await tx.regionRole.deleteMany({ where: { id: { in: gone.map((r) => r.id) } } });
  out.removed = gone.length;
  return out;
}

interface TargetRef {
  indicator: string;
  region: string;
  year: number;
}

export async function writeTargets(
  tx: TransactionClient,
  ctx: { planId: number; planVersion: number; actorId: number | null; indicatorIds: Map<string, number>; goalIds: Map<string, number> },
  doc: PlanDocument,
) {
  const { planId } = ctx;
  const existing = await tx.target.findMany({ where: { planId }, include: { indicator: { select: { code: true } }, goals: { select: { goalId: true } } } });
  const refKey = (r: TargetRef) => `${r.indicator}|${r.region}|${r.year}`;
  const byKey = new Map(existing.map((t) => [refKey({ indicator: t.indicator.code, region: t.regionAdcode, year: t.year }), t]));
  const out = {
    created: [] as TargetRef[],
    revised: [] as (TargetRef & { from: number; to: number; version: number })[],
    updated: 0,
    unchanged: 0,
    removed: [] as TargetRef[],
  };
  const wanted = new Set<string>();
  for (const [i, t] of doc.targets.entries()) {
    const ref = { indicator: t.indicator, region: t.region, year: t.year };
    wanted.add(refKey(ref));
    const figures = targetFigures(t);
    const meta = targetMeta(t, i);
    const goalIds = (t.goals ?? []).map((k) => ctx.goalIds.get(k)!).filter((id) => id !== undefined);
    const old = byKey.get(refKey(ref));
    let targetId: number;
    if (!old) {
      const row = await tx.target.create({
        data: { planId, indicatorId: ctx.indicatorIds.get(t.indicator)!, regionAdcode: t.region, year: t.year, ...figures, ...meta, version: 1 },
      });
      await tx.targetVersion.create({ data: { targetId: row.id, version: 1, ...figures, planVersion: ctx.planVersion, createdById: ctx.actorId } });
      targetId = row.id;
      out.created.push(ref);
    } else {
      targetId = old.id;
      const sameMeta = (Object.keys(meta) as (keyof typeof meta)[]).every((k) => old[k] === meta[k]);
      if (!sameFigures(figures, targetFiguresOfRow(old))) {
        // a revision: a new version, the old one stays in TargetVersion
        const version = old.version + 1;
        await tx.target.update({ where: { id: old.id }, data: { ...figures, ...meta, version } });
        await tx.targetVersion.create({ data: { targetId: old.id, version, ...figures, planVersion: ctx.planVersion, createdById: ctx.actorId } });
        out.revised.push({ ...ref, from: toNumber(old.value), to: Number(figures.value), version });
      } else if (!sameMeta) {
        await tx.target.update({ where: { id: old.id }, data: meta });
        out.updated++;
      } else out.unchanged++;
      const oldGoals = old.goals
        .map((g) => g.goalId)
        .sort((a, b) => a - b)
        .join(",");
      if (oldGoals === [...goalIds].sort((a, b) => a - b).join(",")) continue;
      await tx.goalTarget.deleteMany({ where: { targetId } });
    }
    if (goalIds.length) await tx.goalTarget.createMany({ data: goalIds.map((goalId) => ({ goalId, targetId })), skipDuplicates: true });
  }
  const gone = existing.filter((t) => !wanted.has(refKey({ indicator: t.indicator.code, region: t.regionAdcode, year: t.year })));
  if (gone.length) await tx.target.deleteMany({ where: { id: { in: gone.map((t) => t.id) } } });
  out.removed = gone.map((t) => ({ indicator: t.indicator.code, region: t.regionAdcode, year: t.year }));
  return out;
}

export async function writeBaselineFigures(
  tx: TransactionClient,
  ctx: { planId: number; actorId: number | null; indicatorIds: Map<string, number> },
  doc: PlanDocument,
) {
  const { planId } = ctx;
  const existing = await tx.planBaselineFigure.findMany({ where: { planId } });
  const key = (i: number, r: string, y: number) => `${i}|${r}|${y}`;
  const byKey = new Map(existing.map((f) => [key(f.indicatorId, f.regionAdcode, f.year), f]));
  const out = { created: 0, updated: 0, removed: 0, observationsWritten: 0 };
  const wanted = new Set<string>();
  for (const [i, b] of doc.baselineFigures.entries()) {
    const indicatorId = ctx.indicatorIds.get(b.indicator)!;
    const k = key(indicatorId, b.region, b.year);
    wanted.add(k);
    const data = {
      value: String(b.value),
      valueAsPublished: String(b.valueAsPublished),
      unitAsPublished: b.unitAsPublished,
      note: b.note,
      flags: b.flags ?? [],
      sortOrder: i,
    };
    const old = byKey.get(k);
    if (!old) {
      await tx.planBaselineFigure.create({ data: { planId, indicatorId, regionAdcode: b.region, year: b.year, ...data } });
      out.created++;
    } else if (
      toNumber(old.value) !== b.value ||
      old.valueAsPublished !== data.valueAsPublished ||
      old.unitAsPublished !== data.unitAsPublished ||
      old.note !== data.note ||
      old.flags.join(";") !== data.flags.join(";") ||
      old.sortOrder !== i
    ) {
      await tx.planBaselineFigure.update({ where: { id: old.id }, data });
      out.updated++;
    }
  }
  const gone = existing.filter((f) => !wanted.has(key(f.indicatorId, f.regionAdcode, f.year)));
  if (gone.length) await tx.planBaselineFigure.deleteMany({ where: { id: { in: gone.map((f) => f.id) } } });
  out.removed = gone.length;
  out.observationsWritten = await writeBaselineObservations(tx, ctx, doc);
  return out;
}

/**
 * The plan's figures are observations like any other, sourced to the plan, but only in
 * cells that never had a version: an analyst's correction or retraction stays. Returns
 * how many were written (0 when every cell has a figure).
 */
export async function writeBaselineObservations(
  tx: TransactionClient,
  ctx: { actorId: number | null; indicatorIds: Map<string, number> },
  doc: PlanDocument,
): Promise<number> {
  const key = (i: number, r: string, y: number) => `${i}|${r}|${y}`;
  const writes = doc.baselineFigures.map((b) => ({
    indicatorId: ctx.indicatorIds.get(b.indicator)!,
    regionAdcode: b.region,
    year: b.year,
    value: String(b.value),
    valueAsEntered: String(b.valueAsPublished),
    unitAsEntered: b.unitAsPublished,
    source: doc.sourceZh,
    note: b.note,
    flags: b.flags ?? [],
    // known since the plan was issued (the vintage of "data known as of"), the start of that day in China
    publishedAt: new Date(`${doc.issueDate}T00:00:00+08:00`),
  }));
  if (writes.length === 0) return 0;
  const cells = await tx.observation.findMany({
    where: { OR: writes.map((w) => ({ indicatorId: w.indicatorId, regionAdcode: w.regionAdcode, year: w.year })) },
    select: { indicatorId: true, regionAdcode: true, year: true },
    distinct: ["indicatorId", "regionAdcode", "year"],
  });
  const seen = new Set(cells.map((o) => key(o.indicatorId, o.regionAdcode, o.year)));
  const fresh = writes.filter((w) => !seen.has(key(w.indicatorId, w.regionAdcode, w.year)));
  await recordObservations(tx, fresh, ctx.actorId);
  return fresh.length;
}
