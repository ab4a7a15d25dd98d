import "server-only";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import { buildReportDocx } from "@/lib/docx/build";
import { parseFrozenEntry } from "@/lib/docx/frozen-entry";
import { groupSections, statusCounts, toDocWarning, type DocEntry, type DocEntryInput } from "@/lib/docx/rows";
import { listGoalAreas } from "@/lib/data/goal-areas";
import { getProgress } from "@/lib/data/progress";
import { listWarnings } from "@/lib/data/warnings";
import { listTargetUnitNames } from "@/lib/data/target-unit-names";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { reportDocxStrings, roundReportTitles } from "@/lib/i18n/strings/report-docx";
import type { Actor } from "@/lib/permissions";

const ROUND_NOT_FOUND = { zh: "没有找到该监测轮次", en: "Monitoring round not found" };
const UNIT_NOT_FOUND = { zh: "没有找到该责任单位", en: "Unit not found" };

/** The round's entries: its frozen results (the latest freeze) when frozen, else the live evaluation. */
async function roundEntries(actor: Actor, round: { id: number; status: string; freezeNo: number; planSlug: string }, targetIds: number[]): Promise<DocEntry[]> {
  if (round.status === "frozen") {
    const rows = await prisma.roundResult.findMany({
      where: { roundId: round.id, freezeNo: round.freezeNo, targetId: { in: targetIds } },
      select: { entry: true },
    });
    return rows.map((r) => parseFrozenEntry(r.entry));
  }
  const wanted = new Set(targetIds);
  const progress = await getProgress(actor, { planSlug: round.planSlug });
  return (progress?.entries ?? []).filter((e) => wanted.has(e.targetId));
}

/**
 * A round's 年度监测报告 as a Word document: the round's targets grouped by goal area
 * (frozen results once the round is frozen, else the live evaluation), with their
 * responsible units and the early-warning list; `unitId` limits it to one unit's targets.
 */
export async function buildRoundReportDocx(
  actor: Actor,
  roundId: number,
  locale: Locale,
  opts: { unitId?: number } = {},
): Promise<{ body: Buffer; title: string; fileName: string }> {
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
  const unit = opts.unitId ? await prisma.unit.findUnique({ where: { id: opts.unitId }, select: { id: true, nameZh: true, nameEn: true } }) : null;
  if (opts.unitId && !unit) throw new AppError("NOT_FOUND", UNIT_NOT_FOUND);

  let targetIds = round.targets.map((t) => t.targetId);
  if (unit) {
    const mine = await prisma.targetUnit.findMany({ where: { unitId: unit.id, targetId: { in: targetIds } }, select: { targetId: true } });
    const set = new Set(mine.map((m) => m.targetId));
    targetIds = targetIds.filter((id) => set.has(id));
  }
  const frozen = round.status === "frozen";
  const [entries, targets, areas, units] = await Promise.all([
    roundEntries(actor, { id: round.id, status: round.status, freezeNo: round.freezeNo, planSlug: round.plan.slug }, targetIds),
    prisma.target.findMany({
      where: { id: { in: targetIds } },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, indicator: { select: { nameZh: true, nameEn: true, unit: true } }, region: { select: { nameZh: true, nameEn: true } } },
    }),
    listGoalAreas(round.plan.slug),
    listTargetUnitNames(targetIds),
  ]);
  const byId = new Map(entries.map((e) => [e.targetId, e]));
  // plan order; a target without an entry (added after the freeze) is left out
  const inputs: DocEntryInput[] = targets.flatMap((t) => {
    const entry = byId.get(t.id);
    return entry ? [{ entry, indicator: t.indicator, region: t.region, units: units.get(t.id) ?? [] }] : [];
  });
  const s = reportDocxStrings[locale];
  const titles = roundReportTitles[locale];
  const title = fill(titles.title, { year: String(round.year) });
  const asOf = frozen && round.frozenAt ? round.frozenAt : new Date();
  const body = await buildReportDocx({
    language: locale,
    title,
    planName: localName(locale, round.plan),
    roundName: round.name + (frozen ? titles.frozen : titles.live),
    asOf: formatDateTime(asOf, locale),
    unitName: unit ? localName(locale, unit) : null,
    generatedAt: formatDateTime(new Date(), locale),
    summary: statusCounts(inputs.map((x) => x.entry)),
    sections: groupSections(inputs, areas, locale, s.otherArea),
    // the round's list as /warnings?round= shows it (frozen results once frozen)
    warnings: (await listWarnings({ planSlug: round.plan.slug, roundId: round.id, unitId: unit?.id })).warnings.map((w) => toDocWarning(w, locale)),
  });
  return { body, title: `${localName(locale, round.plan)} ${title}`, fileName: `round-${round.id}-${round.year}${unit ? `-unit-${unit.id}` : ""}.docx` };
}
