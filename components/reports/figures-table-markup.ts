// The report's figures table as a markup string (why strings: lib/util/markup.ts). A
// report holds up to MAX_REPORT_FIGURES rows of seven cells: as React elements they were
// two thirds of the print page's RSC payload (332 of 482 kB for 588 figures), which the
// PDF renderer's chromium parsed and hydrated cell by cell before drawing the charts.

import type { ReportFigure } from "@/lib/data/report-figures";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { textLang } from "@/lib/i18n/text-lang";
import { formatNumber, formatUnit } from "@/lib/format";
import { attr, escapeXml } from "@/lib/util/markup";

/** ` lang="zh-CN"` for Chinese text, else nothing (the page's language applies). */
const langAttr = (text: string) => {
  const lang = textLang(text);
  return lang ? ` lang=${attr(lang)}` : "";
};

function figureRow(f: ReportFigure, t: Dictionary, locale: Locale): string {
  const flags = f.flags.map((flag) => `<span class="tag tag--flag">${escapeXml(t.flags[flag] ?? flag)}</span>`).join("");
  const note = f.note ? `<div class="muted source-cell__text"${langAttr(f.note)}>${escapeXml(f.note)}</div>` : "";
  return (
    "<tr>" +
    `<td class="figure-region">${escapeXml(localName(locale, f.region))}</td>` +
    `<td class="figure-indicator">${escapeXml(locale === "zh" ? f.indicatorNameZh : f.indicatorNameEn)}</td>` +
    `<td class="num">${f.year}</td>` +
    `<td class="num">${escapeXml(formatNumber(f.value, locale, 4))}</td>` +
    `<td class="unit">${escapeXml(formatUnit(f.unit, locale))}</td>` +
    `<td>${flags}</td>` +
    // on phones the source is clamped to two lines; the whole text is its title
    `<td class="small source-cell" title=${attr(f.note ? `${f.source}\n${f.note}` : f.source)}>` +
    `<div class="source-cell__text"${langAttr(f.source)}>${escapeXml(f.source)}</div>${note}</td>` +
    "</tr>"
  );
}

/** Every figure with source and flags, as a table (in print its header row repeats on each page). Not for an empty list. */
export function figuresTableMarkup(figures: readonly ReportFigure[], t: Dictionary, locale: Locale): string {
  const c = t.common;
  const head = [
    `<th>${escapeXml(c.region)}</th>`,
    `<th>${escapeXml(c.indicator)}</th>`,
    `<th class="num">${escapeXml(c.year)}</th>`,
    `<th class="num">${escapeXml(c.value)}</th>`,
    `<th>${escapeXml(c.unit)}</th>`,
    `<th>${escapeXml(c.flags)}</th>`,
    `<th>${escapeXml(c.source)}</th>`,
  ].join("");
  return (
    `<table class="data report-table" data-testid="report-figures"><thead><tr>${head}</tr></thead>` +
    `<tbody>${figures.map((f) => figureRow(f, t, locale)).join("")}</tbody></table>`
  );
}
