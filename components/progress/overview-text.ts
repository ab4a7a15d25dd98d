// The overview page's text around its two loaded parts (the status counts and phases,
// the matrix notes, the map's chips, key and table, the baseline cards) as markup strings,
// built once per evaluation and view: as React elements, these few hundred static nodes
// cost the page more to render on every view than reading its cached data
// (lib/util/markup.ts says why strings). The page memoizes the result on the overview's
// map, which lib/data/progress-overview.ts hands out anew whenever the model or the
// reads beside it change.

import { baselineCardsMarkup } from "@/components/plan/baseline-cards-markup";
import { mapKeyMarkup } from "@/components/map/map-key-markup";
import type { ProgressOverview } from "@/lib/data/progress-overview";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import type { HeatMatrix } from "@/lib/progress/heat-matrix";
import { STATUS_LABELS } from "@/lib/progress/status";
import type { TargetYearGroup } from "@/lib/progress/target-year-groups";
import { attr, escapeXml } from "@/lib/util/markup";
import { statusCountsInner } from "./status-markup";

/** Beyond this many cities the heat matrix is the map's accessible table. */
const MAX_TABLE_ROWS = 60;

export interface OverviewText {
  /** Inside the status section: its heading, the counts of every target, one card per target year. */
  status: string;
  /** Under the matrix: how many rows and columns are hidden, with links to show them ("" when none). */
  matrixNotes: string;
  /** The map's "colour by" chips. */
  chips: string;
  /** Under the map: its key, and a table of the cities (or, for many, where to find them). */
  mapCaption: string;
  /** Inside the baseline section: the base year's cards beside the latest. */
  baseline: string;
}

export interface OverviewLinks {
  /** The overview with other parameters (map, rows, cols) beside the day and the plan. */
  query: (extra: { map?: string; rows?: string; cols?: string }) => string;
  rows?: string;
  cols?: string;
}

/** What of the overview the text is drawn from. */
export interface OverviewTextInput extends Pick<ProgressOverview, "indicators" | "cluster" | "baselineCards" | "mapIndicator"> {
  model: Pick<ProgressOverview["model"], "counts" | "total" | "groups" | "indicators" | "populations"> & {
    matrix: Pick<HeatMatrix, "hiddenRows" | "hiddenColumns">;
  };
  map: { cities: MapTableCity[] };
  summary: { plan: { baseYear: number; outlookYear: number } };
}

type MapTableCity = Pick<ProgressOverview["map"]["cities"][number], "adcode" | "nameZh" | "nameEn" | "status">;

export function overviewText(overview: OverviewTextInput, t: Dictionary, locale: Locale, links: OverviewLinks): OverviewText {
  const { model, map, indicators, cluster, baselineCards, mapIndicator } = overview;
  const { plan } = overview.summary;
  const p = t.progress;
  const targetIndicators = indicators.filter((i) => model.indicators.includes(i.code));
  const cards = (o: { title: string; note: string; year?: number; testId: string; cluster: typeof cluster }) =>
    baselineCardsMarkup({ ...o, cards: baselineCards, comparisons: [], comparisonRegions: [], indicators, t, locale });
  return {
    status:
      `<h2>${escapeXml(p.counts.title)}</h2>` +
      `<div class="status-counts" data-testid="status-counts">${statusCountsInner(model.counts, model.total, t, locale)}</div>` +
      `<div class="grid grid--two phase-groups">${phaseCards(model.groups, plan.outlookYear, t, locale)}</div>`,
    matrixNotes: matrixNotes(model.matrix, t, links),
    chips: mapChipsMarkup(p.map.colourBy + t.colon, [
      { href: links.query({ map: undefined }), label: p.map.allTargets, active: !mapIndicator },
      ...targetIndicators.map((i) => ({ href: links.query({ map: i.code }), label: localName(locale, i), active: mapIndicator === i.code })),
    ]),
    mapCaption: mapKeyMarkup(t, locale) + mapTable(map.cities, model.populations, t, locale),
    baseline:
      `<h2>${escapeXml(p.baseline.title)}</h2><p class="muted small">${escapeXml(p.baseline.note)}</p><div class="grid grid--two">` +
      cards({ title: t.overview.baselineTitle, note: t.overview.baselineNote, year: plan.baseYear, cluster, testId: "progress-baseline" }) +
      cards({ title: t.overview.latestTitle, note: t.overview.latestNote, cluster: cluster.filter((o) => o.year > plan.baseYear), testId: "progress-latest" }) +
      `</div>`,
  };
}

function phaseCards(groups: readonly TargetYearGroup[], outlookYear: number, t: Dictionary, locale: Locale): string {
  const p = t.progress.phase;
  const card = (phase: string, year: number, title: string, note: string, counts: string) =>
    `<div class=${attr(`card phase phase--${phase}`)} data-testid=${attr(`phase-${year}`)}><h3>${escapeXml(title)}</h3><p class="muted small">${escapeXml(note)}</p>${counts}</div>`;
  const out = groups.map((g) => {
    const year = { year: String(g.targetYear) };
    return card(
      g.phase,
      g.targetYear,
      fill(g.phase === "final" ? p.final : p.schedule, year),
      g.phase === "final" ? fill(p.finalNote, year) : p.scheduleNote,
      `<div class="status-counts">${statusCountsInner(g.counts, g.total, t, locale)}</div>`,
    );
  });
  if (!groups.some((g) => g.targetYear === outlookYear)) out.push(card("schedule", outlookYear, p.outlookTitle, p.no2030, ""));
  return out.join("");
}

function matrixNotes(matrix: Pick<HeatMatrix, "hiddenRows" | "hiddenColumns">, t: Dictionary, links: OverviewLinks): string {
  const p = t.progress.matrix;
  const note = (text: string, href: string, label: string) => `<p class="muted small">${escapeXml(text)} <a href=${attr(href)}>${escapeXml(label)}</a></p>`;
  return (
    (matrix.hiddenColumns > 0
      ? note(fill(p.hiddenColumns, { n: String(matrix.hiddenColumns) }), links.query({ cols: "all", rows: links.rows }), p.showAllColumns)
      : "") +
    (matrix.hiddenRows > 0 ? note(fill(p.hiddenRows, { n: String(matrix.hiddenRows) }), links.query({ rows: "all", cols: links.cols }), p.showAll) : "")
  );
}

function mapTable(cities: readonly MapTableCity[], populations: ReadonlyMap<string, number>, t: Dictionary, locale: Locale): string {
  const m = t.progress.map;
  if (cities.length > MAX_TABLE_ROWS) return `<p class="small muted">${escapeXml(m.tableInMatrix)}</p>`;
  const rows = cities.map((c) => {
    const population = populations.get(c.adcode);
    return (
      `<tr><td>${escapeXml(localName(locale, c))}</td><td>${escapeXml(c.status ? STATUS_LABELS[c.status][locale] : m.noStatus)}</td>` +
      `<td class="num">${escapeXml(population !== undefined ? formatValue(population, "万人", locale) : "—")}</td></tr>`
    );
  });
  return (
    `<details class="map-table"><summary>${escapeXml(m.tableSummary)}</summary><table class="data" data-testid="map-table"><thead><tr>` +
    `<th scope="col">${escapeXml(t.common.region)}</th><th scope="col">${escapeXml(t.progress.counts.title)}</th><th scope="col" class="num">${escapeXml(m.population)}</th>` +
    `</tr></thead><tbody>${rows.join("")}</tbody></table></details>`
  );
}

/**
 * The map's "colour by" chips, as plain links: at bench scale one per indicator (50), and
 * as next/link elements they cost the overview more to render than all its data.
 */
export function mapChipsMarkup(lead: string, chips: readonly { href: string; label: string; active: boolean }[]): string {
  const links = chips.map((c) => `<a class=${attr(c.active ? "chip chip--active" : "chip")} href=${attr(c.href)}>${escapeXml(c.label)}</a>`);
  return `<span class="muted small">${escapeXml(lead)}</span>${links.join("")}`;
}
