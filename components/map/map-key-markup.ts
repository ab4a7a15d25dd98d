// The cluster map's key as a markup string (why a string: lib/util/markup.ts): one entry
// per status of the graded palette, then "no target" (lib/map/status-key.ts), the two
// axes, the cores and the other regions, and the note.

import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { mapStatusKey } from "@/lib/map/status-key";
import { STATUS_LABELS } from "@/lib/progress/status";
import { attr, escapeXml } from "@/lib/util/markup";

const CORE_STAR = "M7,0L8.9,4.4L13.7,4.8L10,8L11.2,12.6L7,10.1L2.8,12.6L4,8L0.3,4.8L5.1,4.4Z";

export function mapKeyMarkup(t: Dictionary, locale: Locale): string {
  const m = t.progress.map;
  const out = [`<ul class="map-status-key" aria-label=${attr(m.statusKey)} data-testid="map-status-key">`];
  for (const k of mapStatusKey()) {
    const status = k.status ?? "none";
    const glyph = k.glyph ? `<text x="7" y="7" class="map-glyph">${escapeXml(k.glyph)}</text>` : "";
    out.push(
      `<li class="map-key" data-status=${attr(status)} data-fill=${attr(k.fill)}><svg width="14" height="14" aria-hidden="true">` +
        `<circle cx="7" cy="7" r="6" fill=${attr(k.fill)} class=${attr(`map-city map-city--${status}`)}></circle>${glyph}</svg>` +
        `${escapeXml(k.status ? STATUS_LABELS[k.status][locale] : m.noStatus)}</li>`,
    );
  }
  out.push(`</ul>`);
  for (const axis of ["yangtze", "chengyu"] as const)
    out.push(
      `<span class="map-key"><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" class="map-axis map-axis--${axis}"></line></svg>${escapeXml(m[axis])}</span>`,
    );
  out.push(
    `<span class="map-key"><svg width="14" height="14" aria-hidden="true" class="map-core"><path d="${CORE_STAR}"></path></svg>${escapeXml(m.core)}</span>`,
    `<span class="map-key"><svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="2.5" class="map-other"></circle></svg>${escapeXml(m.otherRegion)}</span>`,
    `<p>${escapeXml(m.note)}</p>`,
  );
  return out.join("");
}
