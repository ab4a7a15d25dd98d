import type { Dictionary } from "@/lib/i18n/dictionary";
import type { ClusterMap } from "@/lib/map/cluster-map";
import { HtmlPart } from "@/components/progress/html-part";

/**
 * The schematic cluster map: axes, other regions as grey dots, cities as coloured circles
 * linking to their region page, the two cores as stars. The SVG itself is drawn on the
 * server and loaded from `src` after the page (components/progress/overview-markup.ts);
 * the caption (the key, map-key-markup.ts, and for smaller plans a table of what the
 * circles show: components/progress/overview-text.ts) comes with the page.
 */
export function ClusterMapSvg({ src, map, caption, t }: { src: string; map: Pick<ClusterMap, "width" | "height">; caption: string; t: Dictionary }) {
  return (
    <figure className="cluster-map" data-testid="cluster-map">
      <HtmlPart src={src} className="cluster-map__canvas" reserve={{ aspectRatio: `${map.width} / ${map.height}` }} text={t.progress.part} />
      <figcaption className="small muted" dangerouslySetInnerHTML={{ __html: caption }} />
    </figure>
  );
}
