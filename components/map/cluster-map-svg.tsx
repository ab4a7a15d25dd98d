import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import type { ClusterMap } from "@/lib/map/cluster-map";
import { HtmlPart } from "@/components/progress/html-part";
import { STATUS_LABELS } from "@/lib/progress/status";
import { mapKeyMarkup } from "./map-key-markup";

/** Beyond this many cities the heat matrix is the map's accessible table. */
const MAX_TABLE_ROWS = 60;

/**
 * The schematic cluster map: axes, other regions as grey dots, cities as coloured circles
 * linking to their region page, the two cores as stars. The SVG itself is drawn on the
 * server and loaded from `src` after the page (components/progress/overview-markup.ts);
 * the key (map-key-markup.ts) and, for smaller plans, a table of what the circles show
 * come with the page.
 */
export function ClusterMapSvg({
  src,
  map,
  populations,
  t,
  locale,
}: {
  src: string;
  map: ClusterMap;
  populations: Map<string, number>;
  t: Dictionary;
  locale: Locale;
}) {
  const m = t.progress.map;
  const L = locale === "zh";
  return (
    <figure className="cluster-map" data-testid="cluster-map">
      <HtmlPart src={src} className="cluster-map__canvas" reserve={{ aspectRatio: `${map.width} / ${map.height}` }} text={t.progress.part} />
      <figcaption className="small muted" dangerouslySetInnerHTML={{ __html: mapKeyMarkup(t, locale) }} />
      {map.cities.length > MAX_TABLE_ROWS ? (
        <p className="small muted">{m.tableInMatrix}</p>
      ) : (
        <details className="map-table">
          <summary>{m.tableSummary}</summary>
          <table className="data" data-testid="map-table">
            <thead>
              <tr>
                <th scope="col">{t.common.region}</th>
                <th scope="col">{t.progress.counts.title}</th>
                <th scope="col" className="num">
                  {m.population}
                </th>
              </tr>
            </thead>
            <tbody>
              {map.cities.map((c) => (
                <tr key={c.adcode}>
                  <td>{L ? c.nameZh : c.nameEn}</td>
                  <td>{c.status ? STATUS_LABELS[c.status][locale] : m.noStatus}</td>
                  <td className="num">{populations.has(c.adcode) ? formatValue(populations.get(c.adcode)!, "万人", locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
