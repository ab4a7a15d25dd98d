import "server-only";
import { requireUser } from "@/lib/auth/authorize";
import { buildReportDocx } from "@/lib/docx/build";
import { CHART_LIMIT } from "@/lib/docx/chart-limit";
import { groupSections, statusCounts, toDocWarning, type DocEntry, type DocEntryInput } from "@/lib/docx/rows";
import { renderDocxCharts } from "@/lib/data/docx-charts";
import { listGoalAreas } from "@/lib/data/goal-areas";
import { roundPrintTarget } from "@/lib/data/round-print";
import { frozenRoundEntries, getRoundScope, liveRoundEntries, roundReportTitle, type RoundScope } from "@/lib/data/round-scope";
import { listWarnings } from "@/lib/data/warnings";
import { listTargetUnitNames } from "@/lib/data/target-unit-names";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { reportDocxStrings, roundReportTitles } from "@/lib/i18n/strings/report-docx";
import { roundPrintStrings } from "@/lib/i18n/strings/round-print";
import type { Actor } from "@/lib/permissions";

/** The round's entries: its frozen results (the latest freeze) when frozen, else the live evaluation. */
async function roundEntries(actor: Actor, round: RoundScope["round"], targetIds: number[]): Promise<Map<number, DocEntry>> {
  if (round.status === "frozen") return frozenRoundEntries(round, targetIds);
  return (await liveRoundEntries(actor, round, targetIds)).entries;
}

/**
 * A round's 年度监测报告 as a Word document: the round's targets grouped by goal area
 * (frozen results once the round is frozen, else the live evaluation), with their
 * responsible units, their charts (photographed from the round's print page when
 * chromium can draw them) and the early-warning list; `unitId` limits it to one unit's
 * targets.
 */
export async function buildRoundReportDocx(
  actor: Actor,
  roundId: number,
  locale: Locale,
  opts: { unitId?: number } = {},
): Promise<{ body: Buffer; title: string; fileName: string }> {
  const { round, unit, targets } = await getRoundScope(actor, roundId, opts.unitId);
  const user = requireUser(actor); // getRoundScope has authorized plan.read: a signed-in user
  const targetIds = targets.map((t) => t.id);
  const frozen = round.status === "frozen";
  const [entries, areas, units, charts] = await Promise.all([
    roundEntries(actor, round, targetIds),
    listGoalAreas(round.plan.slug),
    listTargetUnitNames(targetIds),
    renderDocxCharts(roundPrintTarget(user, round.id, unit?.id), locale, { roundId: round.id }),
  ]);
  // plan order; a target without an entry (added after the freeze) is left out
  const inputs: DocEntryInput[] = targets.flatMap((t) => {
    const entry = entries.get(t.id);
    return entry ? [{ entry, indicator: t.indicator, region: t.region, units: units.get(t.id) ?? [] }] : [];
  });
  const s = reportDocxStrings[locale];
  const titles = roundReportTitles[locale];
  const { title, documentTitle } = roundReportTitle(locale, round);
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
    charts: charts.charts,
    chartsUnavailable: charts.unavailable,
    // the print page charts the first CHART_LIMIT targets
    chartsNote: inputs.length > CHART_LIMIT ? fill(roundPrintStrings[locale].limited, { shown: String(CHART_LIMIT), total: String(inputs.length) }) : null,
    // the round's list as /warnings?round= shows it (frozen results once frozen)
    warnings: (await listWarnings({ planSlug: round.plan.slug, roundId: round.id, unitId: unit?.id })).warnings.map((w) => toDocWarning(w, locale)),
  });
  return { body, title: documentTitle, fileName: `round-${round.id}-${round.year}${unit ? `-unit-${unit.id}` : ""}.docx` };
}
