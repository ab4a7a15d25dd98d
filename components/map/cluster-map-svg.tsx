import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import type { ClusterMap } from "@/lib/map/cluster-map";
import { HtmlPart } from "@/components/progress/html-part";
import { STATUS_LABELS } from "@/lib/progress/status";
import { mapStatusKey } from "@/lib/map/status-key";

/** Beyond this many cities the heat matrix is the map's accessible table. */
const MAX_TABLE_ROWS = 60;

/**
 * The schematic cluster map: axes, other regions as grey dots, cities as coloured circles
 * linking to their region page, the two cores as stars. The SVG itself is drawn on the
 * server and loaded from `src` after the page (components/progress/overview-markup.ts);
 * the key and, for smaller plans, a table of what the circles show come with the page.
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
      <figcaption className="small muted">
        <ul className="map-status-key" aria-label={m.statusKey} data-testid="map-status-key">
          {mapStatusKey().map((k) => (
            <li className="map-key" key={k.status ?? "none"} data-status={k.status ?? "none"} data-fill={k.fill}>
              <svg width="14" height="14" aria-hidden="true">
                <circle cx="7" cy="7" r="6" fill={k.fill} className={`map-city map-city--${k.status ?? "none"}`} />
                {k.glyph ? (
                  <text x="7" y="7" className="map-glyph">
                    {k.glyph}
                  </text>
                ) : null}
              </svg>
              {k.status ? STATUS_LABELS[k.status][locale] : m.noStatus}
            </li>
          ))}
        </ul>
        {(["yangtze", "chengyu"] as const).map((axis) => (
          <span className="map-key" key={axis}>
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="28" y2="4" className={`map-axis map-axis--${axis}`} />
            </svg>
            {m[axis]}
          </span>
        ))}
        <span className="map-key">
          <svg width="14" height="14" aria-hidden="true" className="map-core">
            <path d="M7,0L8.9,4.4L13.7,4.8L10,8L11.2,12.6L7,10.1L2.8,12.6L4,8L0.3,4.8L5.1,4.4Z" />
          </svg>
          {m.core}
        </span>
        <span className="map-key">
          <svg width="10" height="10" aria-hidden="true">
            <circle cx="5" cy="5" r="2.5" className="map-other" />
          </svg>
          {m.otherRegion}
        </span>
        <p>{m.note}</p>
      </figcaption>
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
