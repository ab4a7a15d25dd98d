// The cluster map as one SVG string (why a string: lib/util/markup.ts).

import { attr, escapeXml } from "@/lib/util/markup";
import type { ClusterMap } from "./cluster-map";
import { mapGlyph } from "./status-key";

export interface MapText {
  title: string;
  /** Short label drawn beside a point (e.g. 绵阳 for 绵阳市). */
  label: (p: { nameZh: string; nameEn: string }) => string;
  /** Full name, in tooltips. */
  name: (p: { nameZh: string; nameEn: string }) => string;
  /** Tooltip status text of a city (its status label, or "no target"). */
  status: (c: ClusterMap["cities"][number]) => string;
  coreSuffix: string;
  href: (adcode: string) => string;
}

/** The whole <svg> element: axes, other regions, cores (stars) and cities (linked circles). */
export function clusterMapMarkup(map: ClusterMap, text: MapText): string {
  const out: string[] = [];
  // a group, not an image: it holds links (an img with interactive children is "nested interactive")
  out.push(`<svg viewBox="0 0 ${map.width} ${map.height}" role="group" aria-labelledby="cluster-map-title" class="cluster-map__svg">`);
  out.push(`<title id="cluster-map-title">${escapeXml(text.title)}</title>`);
  for (const a of map.axes) out.push(`<polyline points=${attr(a.points)} class="map-axis map-axis--${a.key}"/>`);
  for (const o of map.others) {
    out.push(`<g class="map-other"><circle cx="${o.x}" cy="${o.y}" r="2.5"><title>${escapeXml(text.name(o))}</title></circle>`);
    if (o.labelled) out.push(`<text x="${o.x + 4}" y="${o.y + 3}" class="map-label map-label--minor">${escapeXml(text.label(o))}</text>`);
    out.push(`</g>`);
  }
  for (const c of map.cores) {
    // aria-label: the accessible name a keyboard user hears on focus (the <title> is the mouse
    // tooltip); it starts with the visible label, so speech users can say what they see
    out.push(
      `<a href=${attr(text.href(c.adcode))} class="map-core" aria-label=${attr(`${text.label(c)} · ${text.coreSuffix}`)}><path d=${attr(c.path)}><title>${escapeXml(`${text.name(c)} · ${text.coreSuffix}`)}</title></path>`,
    );
    out.push(`<text x="${c.x + 12}" y="${c.y + 4}" class="map-label map-label--core">${escapeXml(text.label(c))}</text></a>`);
  }
  for (const c of map.cities) {
    out.push(
      `<a href=${attr(text.href(c.adcode))} data-testid="map-city" data-adcode=${attr(c.adcode)} data-status=${attr(c.status ?? "none")} aria-label=${attr(`${text.name(c)}：${text.status(c)}`)}>` +
        `<circle cx="${c.x}" cy="${c.y}" r="${c.r}" fill="${c.fill}" class="map-city map-city--${c.status ?? "none"}"><title>${escapeXml(`${text.name(c)}：${text.status(c)}`)}</title></circle>`,
    );
    // the status glyph inside the circle: the colour is never the only signal (greyscale print)
    const glyph = mapGlyph(c.status);
    if (glyph) out.push(`<text x="${c.x}" y="${c.y}" class="map-glyph" aria-hidden="true">${escapeXml(glyph)}</text>`);
    if (c.labelled) out.push(`<text x="${c.x + c.r + 3}" y="${c.y + 4}" class="map-label">${escapeXml(text.label(c))}</text>`);
    out.push(`</a>`);
  }
  out.push(`</svg>`);
  return out.join("");
}
