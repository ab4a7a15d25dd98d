// Evaluated targets → the rows, chapters and counts of the Word report, in one language.
// Pure, and fed the same way from live progress entries (a saved report, an open round)
// and from a frozen round's RoundResult entries (shaped like /api/v1/progress entries).
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import { formatCompletion } from "@/lib/progress/format";
import { countStatuses, STATUS_ORDER } from "@/lib/progress/rollup";
import type { Warning } from "@/lib/warnings/rules";
import type { ProgressApiEntry } from "@/lib/progress/entry";
import type { ProgressStatus } from "@/lib/progress/types";
import type { DocSection, DocTargetRow, DocWarning } from "./model";

type Names = { nameZh: string; nameEn: string };

/** What a row needs of an entry: the fields both live and frozen entries carry. */
export type DocEntry = Pick<ProgressApiEntry, "targetId" | "targetValue" | "targetType" | "baseline" | "latest" | "completion" | "status" | "explanation">;

export interface DocEntryInput {
  entry: DocEntry;
  indicator: Names & { unit: string };
  region: Names;
  /** Assigned units, lead unit(s) first. */
  units: Names[];
}

function responsibleText(units: Names[], locale: Locale): string {
  return units.map((u) => localName(locale, u)).join(locale === "zh" ? "、" : "; ");
}

export function toDocRow(x: DocEntryInput, locale: Locale): DocTargetRow {
  const { entry: e, indicator } = x;
  const value = (v: number | null | undefined) => formatValue(v ?? null, indicator.unit, locale);
  const phrase = dictionary[locale].targetPhrases[e.targetType];
  return {
    indicator: localName(locale, indicator),
    region: localName(locale, x.region),
    baseline: e.baseline ? `${value(e.baseline.value)} (${e.baseline.year})` : "—",
    target: phrase ? fill(phrase, { v: value(e.targetValue) }) : value(e.targetValue),
    latest: e.latest ? `${value(e.latest.value)} (${e.latest.year})` : "—",
    completion: formatCompletion(e.completion),
    status: e.status,
    responsible: responsibleText(x.units, locale),
    why: e.explanation[locale],
  };
}

/** Number of targets per status, in the order statuses are listed everywhere (STATUS_ORDER), zeros left out. */
export function statusCounts(entries: { status: ProgressStatus }[]): { status: ProgressStatus; count: number }[] {
  const counts = countStatuses(entries.map((e) => e.status));
  return STATUS_ORDER.filter((s) => counts[s] > 0).map((status) => ({ status, count: counts[status] }));
}

export interface GoalArea {
  title: Names;
  /** Targets linked to the area or to any goal below it. */
  targetIds: ReadonlySet<number>;
}

/**
 * One chapter per goal area, in the plan's order, each with its targets in input order.
 * A target linked to several areas appears in each (every area's chapter is complete on
 * its own; the summary counts each target once). Targets in no area come last under
 * "other targets"; areas with no target of the report are left out.
 */
export function groupSections(inputs: DocEntryInput[], areas: GoalArea[], locale: Locale, otherTitle: string): DocSection[] {
  const placed = new Set<number>();
  const sections: DocSection[] = [];
  for (const area of areas) {
    const mine = inputs.filter((x) => area.targetIds.has(x.entry.targetId));
    for (const x of mine) placed.add(x.entry.targetId);
    if (mine.length) sections.push({ title: localName(locale, area.title), rows: mine.map((x) => toDocRow(x, locale)) });
  }
  const rest = inputs.filter((x) => !placed.has(x.entry.targetId));
  if (rest.length) sections.push({ title: otherTitle, rows: rest.map((x) => toDocRow(x, locale)) });
  return sections;
}

/** A row of the early-warning table: one warning of the one list (lib/warnings, as /warnings shows it). */
export function toDocWarning(w: Warning, locale: Locale): DocWarning {
  return {
    indicator: localName(locale, { nameZh: w.indicatorNameZh, nameEn: w.indicatorNameEn }),
    region: localName(locale, w.region),
    status: w.status,
    responsible: w.leadUnit ? localName(locale, w.leadUnit) : "—",
    why: w.sentence[locale],
  };
}
