import "server-only";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import { parseFrozenEntry, type FrozenEntry } from "@/lib/docx/frozen-entry";
import { getProgress, type ProgressAnswer } from "@/lib/data/progress";
import { AppError } from "@/lib/errors";
import { fill } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { roundReportTitles } from "@/lib/i18n/strings/report-docx";
import type { Actor } from "@/lib/permissions";

// What a round's 年度监测报告 covers, read once for its Word file and its print page (the
// charts the Word file photographs), so both show the same targets in the same order.

const ROUND_NOT_FOUND = { zh: "没有找到该监测轮次", en: "Monitoring round not found" };
const UNIT_NOT_FOUND = { zh: "没有找到该责任单位", en: "Unit not found" };

type Names = { nameZh: string; nameEn: string };

export interface RoundScope {
  round: { id: number; name: string; year: number; status: string; freezeNo: number; frozenAt: Date | null; plan: Names & { slug: string } };
  /** The unit the report is limited to (`?unit=`), else null. */
  unit: (Names & { id: number }) | null;
  /** The round's targets (only the unit's, with a unit), in plan order. */
  targets: { id: number; indicator: Names & { unit: string }; region: Names }[];
}

/** The round and its targets for a reader of the plan; `unitId` limits them to that unit's targets. */
export async function getRoundScope(actor: Actor, roundId: number, unitId?: number): Promise<RoundScope> {
  authorize(actor, "plan.read");
  const round = await prisma.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      name: true,
      year: true,
      status: true,
      freezeNo: true,
      frozenAt: true,
      plan: { select: { slug: true, nameZh: true, nameEn: true } },
      targets: { select: { targetId: true } },
    },
  });
  if (!round) throw new AppError("NOT_FOUND", ROUND_NOT_FOUND);
  const unit = unitId ? await prisma.unit.findUnique({ where: { id: unitId }, select: { id: true, nameZh: true, nameEn: true } }) : null;
  if (unitId && !unit) throw new AppError("NOT_FOUND", UNIT_NOT_FOUND);
  let targetIds = round.targets.map((t) => t.targetId);
  if (unit) {
    const mine = await prisma.targetUnit.findMany({ where: { unitId: unit.id, targetId: { in: targetIds } }, select: { targetId: true } });
    const set = new Set(mine.map((m) => m.targetId));
    targetIds = targetIds.filter((id) => set.has(id));
  }
  const targets = await prisma.target.findMany({
    where: { id: { in: targetIds } },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, indicator: { select: { nameZh: true, nameEn: true, unit: true } }, region: { select: { nameZh: true, nameEn: true } } },
  });
  const { targets: _all, ...rest } = round;
  return { round: rest, unit, targets };
}

/** The frozen results of the round's latest freeze for these targets (by target id). */
export async function frozenRoundEntries(round: RoundScope["round"], targetIds: number[]): Promise<Map<number, FrozenEntry>> {
  const rows = await prisma.roundResult.findMany({
    where: { roundId: round.id, freezeNo: round.freezeNo, targetId: { in: targetIds } },
    select: { entry: true },
  });
  return new Map(rows.map((r) => parseFrozenEntry(r.entry)).map((e) => [e.targetId, e]));
}

/** The live evaluation of the plan, with the round's targets picked out (by target id). */
export async function liveRoundEntries(
  actor: Actor,
  round: RoundScope["round"],
  targetIds: number[],
): Promise<{ progress: ProgressAnswer | null; entries: Map<number, ProgressAnswer["entries"][number]> }> {
  const wanted = new Set(targetIds);
  const progress = await getProgress(actor, { planSlug: round.plan.slug });
  return { progress, entries: new Map((progress?.entries ?? []).filter((e) => wanted.has(e.targetId)).map((e) => [e.targetId, e])) };
}

/** The report's title ("2025年度监测报告") and the document's ("<plan> 2025年度监测报告"). */
export function roundReportTitle(locale: Locale, round: Pick<RoundScope["round"], "year" | "plan">): { title: string; documentTitle: string } {
  const title = fill(roundReportTitles[locale].title, { year: String(round.year) });
  return { title, documentTitle: `${localName(locale, round.plan)} ${title}` };
}
