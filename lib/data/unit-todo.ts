import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";

export interface AssignedSeries {
  indicator: { code: string; nameZh: string; nameEn: string; unit: string };
  region: { adcode: string; nameZh: string; nameEn: string };
  /** the target years on this series assigned to the unit (empty: assigned as a series) */
  targetYears: number[];
  role: "lead" | "support";
}

/**
 * What the actor's unit reports: every indicator × region series of a target assigned
 * to it (lead or support) and every series assigned to it directly, one row per series.
 */
export async function listAssignedSeries(actor: Actor): Promise<{ unit: { id: number; nameZh: string; nameEn: string } | null; series: AssignedSeries[] }> {
  authorize(actor, "submission.create");
  const user = requireUser(actor);
  if (!user.unitId) return { unit: null, series: [] };
  const indicator = { select: { code: true, nameZh: true, nameEn: true, unit: true } };
  const region = { select: { adcode: true, nameZh: true, nameEn: true } };
  const [unit, targets, series] = await Promise.all([
    prisma.unit.findUnique({ where: { id: user.unitId }, select: { id: true, nameZh: true, nameEn: true } }),
    prisma.targetUnit.findMany({
      where: { unitId: user.unitId },
      include: { target: { select: { year: true, indicatorId: true, indicator, region } } },
      orderBy: { targetId: "asc" },
    }),
    prisma.seriesUnit.findMany({ where: { unitId: user.unitId } }),
  ]);
  const out = new Map<string, AssignedSeries>();
  for (const t of targets) {
    const key = `${t.target.indicator.code}:${t.target.region.adcode}`;
    const row = out.get(key) ?? { indicator: t.target.indicator, region: t.target.region, targetYears: [], role: t.role };
    row.targetYears.push(t.target.year);
    if (t.role === "lead") row.role = "lead";
    out.set(key, row);
  }
  if (series.length > 0) {
    const [inds, regs] = await Promise.all([
      prisma.indicator.findMany({ where: { id: { in: series.map((s) => s.indicatorId) } }, ...indicator, select: { id: true, ...indicator.select } }),
      prisma.region.findMany({ where: { adcode: { in: series.map((s) => s.regionAdcode) } }, ...region }),
    ]);
    for (const s of series) {
      const ind = inds.find((i) => i.id === s.indicatorId)!;
      const reg = regs.find((r) => r.adcode === s.regionAdcode)!;
      const key = `${ind.code}:${reg.adcode}`;
      if (!out.has(key))
        out.set(key, { indicator: { code: ind.code, nameZh: ind.nameZh, nameEn: ind.nameEn, unit: ind.unit }, region: reg, targetYears: [], role: s.role });
    }
  }
  return { unit, series: [...out.values()] };
}
