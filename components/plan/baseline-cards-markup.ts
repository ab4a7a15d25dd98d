// The plan area's headline cards as a markup string (why strings: lib/util/markup.ts):
// the one drawing, for the BaselineCards component (the landing page) and the progress
// overview, which memoizes its whole text per evaluation (components/progress/overview-markup.ts).

import type { ObservationSummary } from "@/lib/data/observations";
import type { IndicatorSummary } from "@/lib/data/indicators";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import { attr, escapeXml } from "@/lib/util/markup";
import type { BaselineCard } from "@/lib/validation/plan-display";

export interface BaselineCardsInput {
  title: string;
  note: string;
  year?: number; // a fixed year (the base year), or the latest available when absent
  /** The plan's headline cards (Plan.baselineCards). */
  cards: readonly BaselineCard[];
  cluster: readonly ObservationSummary[];
  /** The comparison regions' figures of the cards marked `compare`. */
  comparisons: readonly ObservationSummary[];
  /** The plan's comparison regions, in the order shown (Plan.comparisonRegionCodes). */
  comparisonRegions: readonly string[];
  indicators: readonly IndicatorSummary[];
  t: Dictionary;
  locale: Locale;
}

/** What goes inside the cards' section: the title, the note and one card per figure; null when no card has a figure. */
export function baselineCardsInner({
  title,
  note,
  year,
  cards: config,
  cluster,
  comparisons,
  comparisonRegions,
  indicators,
  t,
  locale,
}: BaselineCardsInput): string | null {
  const pickObs = (code: string, list: readonly ObservationSummary[] = cluster) =>
    list.filter((o) => o.indicator === code && (year === undefined || o.year === year)).sort((a, b) => b.year - a.year)[0];
  const cards = config.flatMap((c) => {
    const obs = pickObs(c.indicator);
    return obs ? [{ ...c, obs, shareObs: c.share ? pickObs(c.share) : undefined }] : [];
  });
  if (cards.length === 0) return null;
  const name = (code: string) => {
    const i = indicators.find((x) => x.code === code);
    return i ? localName(locale, i) : code;
  };
  // "西部地区 2.5 个/万km²，全国 1.1 个/万km²": each comparison region with its figure, all or none
  const compared = (code: string) => {
    const figures = comparisonRegions.map((region) =>
      pickObs(
        code,
        comparisons.filter((o) => o.region.adcode === region),
      ),
    );
    if (figures.length === 0 || figures.some((o) => !o)) return null;
    return figures.map((o) => `${localName(locale, o!.region)} ${formatValue(o!.value, o!.unit, locale)}`).join(locale === "zh" ? "，" : ", ");
  };
  const sub = (text: string) => `<div class="stat__sub">${escapeXml(text)}</div>`;
  const body = cards.map((c) => {
    const comparison = c.compare ? compared(c.indicator) : null;
    const flags = c.obs.flags.map((f) => `<span class="tag tag--flag">${escapeXml(t.flags[f] ?? f)}</span>`).join("");
    return (
      `<div class="card stat"><div class="stat__label">${escapeXml(name(c.indicator) + (year === undefined ? ` · ${c.obs.year}` : ""))}</div>` +
      `<div class="stat__value">${escapeXml(formatValue(c.obs.value, c.obs.unit, locale))}</div>` +
      (c.shareObs ? sub(`${t.overview.nationalShare} ${formatValue(c.shareObs.value, "%", locale)}`) : "") +
      (comparison ? sub(comparison) : "") +
      (flags ? `<div>${flags}</div>` : "") +
      `</div>`
    );
  });
  return `<h2>${escapeXml(title)}</h2><p class="muted small">${escapeXml(note)}</p><div class="grid grid--cards">${body.join("")}</div>`;
}

/** The whole section, for pages drawn as one string; empty when no card has a figure. */
export function baselineCardsMarkup(input: BaselineCardsInput & { testId: string }): string {
  const inner = baselineCardsInner(input);
  return inner === null ? "" : `<section data-testid=${attr(input.testId)}>${inner}</section>`;
}
