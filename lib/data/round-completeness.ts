import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { currentVersionsSql } from "@/lib/data/current-observations";
import { getRoundSummary, type RoundSummary } from "@/lib/data/rounds";
import { isPastDue, roundCompleteness, type Completeness, type ItemStatus, type UnitCompleteness } from "@/lib/rounds/completeness";
import { chinaDay } from "@/lib/validation/as-of";

// What a round page and GET /api/v1/rounds/{id} show: for every target of the round,
// whether its series' figure for the round's statistical year is in, and the same by unit.

export interface RoundTargetItem {
  targetId: number;
  indicator: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  region: { adcode: string; nameZh: string; nameEn: string };
  targetYear: number;
  status: ItemStatus;
  leadUnit: { id: number; nameZh: string; nameEn: string } | null;
  supportUnits: { id: number; nameZh: string; nameEn: string }[];
}

export interface RoundDetail extends RoundSummary {
  pastDue: boolean;
  totals: Completeness["totals"];
  units: UnitCompleteness[];
  targets: RoundTargetItem[];
}

interface FactRow {
  targetId: number;
  indicator: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  adcode: string;
  regionNameZh: string;
  regionNameEn: string;
  targetYear: number;
  hasObservation: boolean;
  /** Submission statuses for the series and year, newest first. */
  submissions: ("submitted" | "returned" | "accepted" | "withdrawn")[];
  units: { unitId: number; role: "lead" | "support" }[];
}

/** One statement: the round's targets with their figure's presence, submissions and units. */
async function roundFacts(roundId: number, year: number): Promise<FactRow[]> {
  return prisma.$queryRaw<FactRow[]>(Prisma.sql`
    SELECT t.id AS "targetId", i.code AS indicator, i."nameZh" AS "indicatorNameZh", i."nameEn" AS "indicatorNameEn",
           r.adcode, r."nameZh" AS "regionNameZh", r."nameEn" AS "regionNameEn", t.year AS "targetYear",
           EXISTS (SELECT 1 FROM ${currentVersionsSql({ where: [Prisma.sql`c."indicatorId" = t."indicatorId"`, Prisma.sql`c."regionAdcode" = t."regionAdcode"`, Prisma.sql`c.year = ${year}`] })} o) AS "hasObservation",
           coalesce((SELECT array_agg(s.status::text ORDER BY s."createdAt" DESC, s.id DESC) FROM "Submission" s
                     WHERE s."indicatorId" = t."indicatorId" AND s."regionAdcode" = t."regionAdcode" AND s.year = ${year}
                       AND (s."roundId" IS NULL OR s."roundId" = ${roundId})), '{}') AS submissions,
           coalesce((SELECT json_agg(json_build_object('unitId', tu."unitId", 'role', tu.role) ORDER BY tu.role, tu."unitId") FROM "TargetUnit" tu WHERE tu."targetId" = t.id), '[]'::json) AS units
    FROM "RoundTarget" rt
    JOIN "Target" t ON t.id = rt."targetId"
    JOIN "Indicator" i ON i.id = t."indicatorId"
    JOIN "Region" r ON r.adcode = t."regionAdcode"
    WHERE rt."roundId" = ${roundId}
    ORDER BY t."sortOrder", t.id`);
}

/**
 * A round with its completeness by target and by unit. `today` (a China day) decides
 * overdue; default today. Units listed are those assigned to any of the round's targets,
 * by name; targets nobody owns are counted under "unassigned".
 */
export async function getRoundDetail(actor: Actor, id: number, today = chinaDay(new Date())): Promise<RoundDetail> {
  authorize(actor, "plan.read");
  const round = await getRoundSummary(actor, id);
  const facts = await roundFacts(id, round.year);
  const unitIds = [...new Set(facts.flatMap((f) => f.units.map((u) => u.unitId)))];
  const units = await prisma.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, nameZh: true, nameEn: true }, orderBy: [{ nameZh: "asc" }] });
  const byId = new Map(units.map((u) => [u.id, u]));
  const pastDue = isPastDue(round.dueDate, today);
  const c = roundCompleteness({ targets: facts, units, pastDue, unassignedLabel: { zh: "未分配单位", en: "No unit assigned" } });
  const targets = facts.map((f, i) => {
    const t = c.targets[i]!;
    return {
      targetId: f.targetId,
      indicator: f.indicator,
      indicatorNameZh: f.indicatorNameZh,
      indicatorNameEn: f.indicatorNameEn,
      region: { adcode: f.adcode, nameZh: f.regionNameZh, nameEn: f.regionNameEn },
      targetYear: f.targetYear,
      status: t.status,
      leadUnit: t.leadUnitId !== null ? (byId.get(t.leadUnitId) ?? null) : null,
      supportUnits: t.supportUnitIds.map((u) => byId.get(u)).filter((u) => u !== undefined),
    };
  });
  return { ...round, pastDue, totals: c.totals, units: c.units, targets };
}

/**
 * A unit's to-do list in a round: its targets (lead or support) whose figure is missing or
 * was returned, and the due date. `unitId` absent: the signed-in user's own unit (none → null).
 */
export async function getRoundTodo(
  actor: Actor,
  id: number,
  unitId?: number,
): Promise<{ unitId: number; dueDate: string; pastDue: boolean; items: RoundTargetItem[] } | null> {
  authorize(actor, "plan.read");
  let unit = unitId ?? null;
  if (unit === null && actor.kind === "user") {
    unit = (await prisma.user.findUnique({ where: { id: actor.userId }, select: { unitId: true } }))?.unitId ?? null;
  }
  if (unit === null) return null;
  const detail = await getRoundDetail(actor, id);
  const mine = detail.targets.filter(
    (t) => (t.leadUnit?.id === unit || t.supportUnits.some((s) => s.id === unit)) && (t.status === "missing" || t.status === "returned"),
  );
  return { unitId: unit, dueDate: detail.dueDate, pastDue: detail.pastDue, items: mine };
}
