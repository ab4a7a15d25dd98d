import "server-only";
import { prisma } from "@/lib/db";

export interface UnitName {
  nameZh: string;
  nameEn: string;
}

/**
 * The units assigned to each target (TargetUnit), the lead unit(s) first, then the
 * supporting ones, each group by name. Targets with no assignment are absent from the
 * map. Called after the caller has authorized reading the targets.
 */
export async function listTargetUnitNames(targetIds: number[]): Promise<Map<number, UnitName[]>> {
  if (targetIds.length === 0) return new Map();
  const rows = await prisma.targetUnit.findMany({
    where: { targetId: { in: targetIds } },
    select: { targetId: true, role: true, unit: { select: { nameZh: true, nameEn: true } } },
    orderBy: [{ targetId: "asc" }, { role: "asc" }, { unit: { nameZh: "asc" } }],
  });
  const out = new Map<number, UnitName[]>();
  for (const r of rows) out.set(r.targetId, [...(out.get(r.targetId) ?? []), r.unit]);
  return out;
}
