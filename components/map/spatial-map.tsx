import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { SpatialElement, SpatialKind, SpatialMap } from "@/lib/map/spatial-map";

/** The anchor of an element's text on the spatial page (its goal card). */
export const spatialAnchor = (key: string) => `goal-${key.replace(/[^\w-]/g, "-")}`;

const GROUP: Record<SpatialKind, "axis" | "belts" | "cores" | "zones"> = { axis: "axis", belt: "belts", core: "cores", zone: "zones" };

function Shape({ e, swatch = false }: { e: SpatialElement; swatch?: boolean }) {
  const cls = `spatial-el spatial-el--${e.kind} spatial-el--${e.key.replace(/[^\w-]/g, "-")}`;
  if (swatch) {
    if (e.shape.type === "line") return <line x1="1" y1="7" x2="27" y2="7" className={cls} />;
    if (e.shape.type === "ellipse") return <ellipse cx="14" cy="7" rx="12" ry="6" className={cls} />;
    return <path d="M14,0L15.9,4.4L20.7,4.8L17,8L18.2,12.6L14,10.1L9.8,12.6L11,8L7.3,4.8L12.1,4.4Z" className={cls} />;
  }
  if (e.shape.type === "line") return <polyline points={e.shape.points} className={cls} />;
  if (e.shape.type === "ellipse") return <ellipse cx={e.shape.cx} cy={e.shape.cy} rx={e.shape.rx} ry={e.shape.ry} className={cls} />;
  return <path d={e.shape.path} className={cls} />;
}

/**
 * 一轴两带、双核三区 drawn on the cluster's schematic map. The SVG is a group of links
 * (not role=img: an image may not hold interactive children), one per element, each named
 * for keyboard and screen-reader users and leading to the element's text on this page;
 * the key under it names every element again with the same swatch.
 */
export function SpatialMapFigure({ map, t, locale }: { map: SpatialMap; t: Dictionary; locale: Locale }) {
  const s = t.spatial;
  const L = locale === "zh";
  const name = (e: SpatialElement) => (L ? e.nameZh : e.nameEn);
  // the accessible name starts with the visible label (speech users say what they see)
  const fullName = (e: SpatialElement) => (L ? `${name(e)}（${s[GROUP[e.kind]]}）` : `${name(e)} (${s[GROUP[e.kind]]})`);
  return (
    <figure className="cluster-map spatial-map" data-testid="spatial-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-labelledby="spatial-map-title" className="cluster-map__svg">
        <title id="spatial-map-title">{s.mapTitle}</title>
        {map.others.map((o) => (
          <g className="map-other" key={o.adcode} aria-hidden="true">
            <circle cx={o.x} cy={o.y} r="2.5" />
            {o.labelled ? (
              <text x={o.x + 4} y={o.y + 3} className="map-label map-label--minor">
                {L ? o.nameZh.replace(/(市|区|县)$/, "") : o.nameEn}
              </text>
            ) : null}
          </g>
        ))}
        {map.elements.map((e) => (
          <a key={e.key} href={`#${spatialAnchor(e.key)}`} aria-label={fullName(e)} data-testid="spatial-element" data-kind={e.kind} className="spatial-link">
            <Shape e={e} />
            <title>{fullName(e)}</title>
            <text
              x={e.label.x}
              y={e.label.y}
              className={`map-label spatial-label spatial-label--${e.kind}`}
              textAnchor={e.shape.type === "ellipse" ? "middle" : "start"}
            >
              {name(e)}
            </text>
          </a>
        ))}
      </svg>
      <figcaption className="small muted">
        <ul className="spatial-key" aria-label={s.mapKey} data-testid="spatial-key">
          {map.elements.map((e) => (
            <li key={e.key} className="map-key" data-kind={e.kind}>
              <svg width="28" height="14" aria-hidden="true">
                <Shape e={e} swatch />
              </svg>
              <a href={`#${spatialAnchor(e.key)}`}>
                {s[GROUP[e.kind]]}
                {t.colon}
                {name(e)}
              </a>
            </li>
          ))}
        </ul>
        <p>{s.mapNote}</p>
      </figcaption>
    </figure>
  );
}
