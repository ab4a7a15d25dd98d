// Status chips, counts and the status legend as markup strings: the one drawing of a
// status chip, used by the React components (status-chip.tsx, status-counts.tsx,
// status-legend.tsx) and the server-drawn parts. Why strings: lib/util/markup.ts; a page
// with a few dozen chips spent more on rendering them as elements than on its data.

import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { STATUS_ORDER } from "@/lib/progress/rollup";
import { STATUS_GLYPHS, STATUS_LABELS, statusColor } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";
import { attr, escapeXml } from "@/lib/util/markup";

/** What goes inside a chip: the dot, the glyph, the label and the count (colour is never the only signal). */
export function statusChipInner(status: ProgressStatus, locale: Locale, count?: number): string {
  const n = count !== undefined ? `<strong class="status__count">${count}</strong>` : "";
  return (
    `<span class="status__dot" aria-hidden="true"></span>` +
    `<span class="status__glyph" aria-hidden="true">${escapeXml(STATUS_GLYPHS[status])}</span>${escapeXml(STATUS_LABELS[status][locale])}${n}`
  );
}

/** The chip's own class. */
export const statusChipClass = (status: ProgressStatus): string => `status status--${statusColor(status)}`;

function statusChipMarkup(status: ProgressStatus, locale: Locale, count?: number): string {
  return `<span class=${attr(statusChipClass(status))} data-status=${attr(status)}>${statusChipInner(status, locale, count)}</span>`;
}

/** The total, then one chip per status present with its count; statuses with 0 targets are left out. */
export function statusCountsInner(counts: Record<ProgressStatus, number>, total: number, t: Dictionary, locale: Locale): string {
  const chips = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => statusChipMarkup(s, locale, counts[s]));
  return `<span class="muted small">${escapeXml(fill(t.progress.counts.total, { n: String(total) }))}</span>${chips.join("")}`;
}

/** Every status with its colour, so the colours on a page can be read. */
export function statusLegendInner(t: Dictionary, locale: Locale): string {
  const chips = STATUS_ORDER.map((s) => statusChipMarkup(s, locale));
  return `<span class="muted small">${escapeXml(t.progress.legend.title + t.colon)}</span>${chips.join("")}`;
}
