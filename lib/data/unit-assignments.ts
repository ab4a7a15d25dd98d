import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { msg } from "@/lib/i18n/message";
import type { Actor, SeriesAssignment } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import type { SeriesAssignmentInput, TargetAssignment } from "@/lib/validation/units";

type Client = TransactionClient | typeof prisma;

interface UnitRef {
  id: number;
  nameZh: string;
  nameEn: string;
}

/** Who answers for a target: its 牵头单位 (or none) and 配合单位. */
export interface Assignment {
  lead: UnitRef | null;
  support: UnitRef[];
}

const NO_ASSIGNMENT: Assignment = { lead: null, support: [] };
const unitRef = { select: { id: true, nameZh: true, nameEn: true } } as const;

/** The rows to write for an assignment, after checking every unit exists (422 naming the missing one). */
async function assignmentRows(tx: Client, a: { leadUnitId: number | null; supportUnitIds: number[] }) {
  const ids = [...(a.leadUnitId === null ? [] : [a.leadUnitId]), ...a.supportUnitIds];
  const found = new Set((await tx.unit.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((u) => u.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined)
    throw new AppError("VALIDATION", msg(`没有编号为 ${missing} 的单位`, `No unit with id ${missing}`), {
      issues: [{ path: a.leadUnitId === missing ? "leadUnitId" : "supportUnitIds", message: msg("没有这个单位", "no such unit") }],
    });
  return [
    ...(a.leadUnitId === null ? [] : [{ unitId: a.leadUnitId, role: "lead" as const }]),
    ...a.supportUnitIds.map((unitId) => ({ unitId, role: "support" as const })),
  ];
}

const auditShape = (rows: { unitId: number; role: string }[]) => ({
  lead: rows.find((r) => r.role === "lead")?.unitId ?? null,
  support: rows
    .filter((r) => r.role === "support")
    .map((r) => r.unitId)
    .sort((x, y) => x - y),
});

/** Replaces a target's units (admins), audited with before and after. */
export async function setTargetAssignment(actor: Actor, targetId: number, input: TargetAssignment): Promise<Assignment> {
  authorize(actor, "unit.manage");
  const admin = requireUser(actor);
  await prisma.$transaction(async (tx) => {
    const target = await tx.target.findUnique({ where: { id: targetId }, select: { id: true } });
    if (!target) throw new AppError("NOT_FOUND", msg("没有这个目标", "No such target"));
    const rows = await assignmentRows(tx, input);
    const before = await tx.targetUnit.findMany({ where: { targetId }, select: { unitId: true, role: true } });
    await tx.targetUnit.deleteMany({ where: { targetId } });
    await tx.targetUnit.createMany({ data: rows.map((r) => ({ ...r, targetId })) });
    await writeAudit(
      admin.userId,
      { action: "target.assign", entityType: "target", entityId: String(targetId), before: auditShape(before), after: auditShape(rows) },
      tx,
    );
  });
  return (await targetAssignments([targetId])).get(targetId) ?? NO_ASSIGNMENT;
}

/** Replaces the units of one indicator × region series (admins), audited. */
export async function setSeriesAssignment(actor: Actor, input: SeriesAssignmentInput): Promise<Assignment> {
  authorize(actor, "unit.manage");
  const admin = requireUser(actor);
  const indicator = await prisma.indicator.findUnique({ where: { code: input.indicator }, select: { id: true } });
  if (!indicator)
    throw new AppError("VALIDATION", msg(`没有指标 ${input.indicator}`, `No indicator ${input.indicator}`), {
      issues: [{ path: "indicator", message: msg("没有这个指标", "no such indicator") }],
    });
  const region = await prisma.region.findFirst({ where: { OR: [{ adcode: input.region }, { nameZh: input.region }] }, select: { adcode: true } });
  if (!region)
    throw new AppError("VALIDATION", msg(`没有地区 ${input.region}`, `No region ${input.region}`), {
      issues: [{ path: "region", message: msg("没有这个地区", "no such region") }],
    });
  const key = { indicatorId: indicator.id, regionAdcode: region.adcode };
  await prisma.$transaction(async (tx) => {
    const rows = await assignmentRows(tx, input);
    const before = await tx.seriesUnit.findMany({ where: key, select: { unitId: true, role: true } });
    await tx.seriesUnit.deleteMany({ where: key });
    await tx.seriesUnit.createMany({ data: rows.map((r) => ({ ...r, ...key })) });
    await writeAudit(
      admin.userId,
      {
        action: "series.assign",
        entityType: "series",
        entityId: `${input.indicator}:${region.adcode}`,
        before: auditShape(before),
        after: auditShape(rows),
      },
      tx,
    );
  });
  const units = await prisma.seriesUnit.findMany({ where: key, include: { unit: unitRef } });
  return {
    lead: units.find((u) => u.role === "lead")?.unit ?? null,
    support: units.filter((u) => u.role === "support").map((u) => u.unit),
  };
}

/** The units of the given targets (all targets when omitted), for display beside each target. */
export async function targetAssignments(targetIds?: number[]): Promise<Map<number, Assignment>> {
  const rows = await prisma.targetUnit.findMany({
    where: targetIds ? { targetId: { in: targetIds } } : {},
    include: { unit: unitRef },
    orderBy: [{ targetId: "asc" }, { unitId: "asc" }],
  });
  const out = new Map<number, Assignment>();
  for (const r of rows) {
    const a = out.get(r.targetId) ?? { lead: null, support: [] };
    if (r.role === "lead") a.lead = r.unit;
    else a.support.push(r.unit);
    out.set(r.targetId, a);
  }
  return out;
}

/** Which units answer for one indicator × region series (the input of maySubmitFor). */
export async function seriesAssignmentOf(client: Client, key: { indicatorId: number; regionAdcode: string }): Promise<SeriesAssignment> {
  const [targetUnits, seriesUnits] = await Promise.all([
    client.targetUnit.findMany({ where: { target: key }, select: { unitId: true } }),
    client.seriesUnit.findMany({ where: key, select: { unitId: true } }),
  ]);
  return { targetUnitIds: targetUnits.map((u) => u.unitId), seriesUnitIds: seriesUnits.map((u) => u.unitId) };
}

/** Whether a plan with a target on the series has the four-eyes rule. */
export async function seriesHasFourEyes(client: Client, key: { indicatorId: number; regionAdcode: string }): Promise<boolean> {
  return (await client.target.count({ where: { ...key, plan: { fourEyes: true } } })) > 0;
}
