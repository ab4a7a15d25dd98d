// The overview's two large parts, the cluster map and the heat matrix, as HTML strings in
// the reader's language. Served by app/(app)/progress/parts/[part] (which keeps the bytes
// per map or matrix, locale and day), not inlined in the page: inline, each would travel
// twice (HTML and RSC payload) on every view. The text around them: overview-text.ts.

import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import type { ClusterMap } from "@/lib/map/cluster-map";
import { clusterMapMarkup } from "@/lib/map/svg-markup";
import type { HeatMatrix } from "@/lib/progress/heat-matrix";
import { formatCompletion } from "@/lib/progress/format";
import { STATUS_LABELS } from "@/lib/progress/status";
import { shortName } from "@/lib/regions/short-name";
import { withAsOf } from "@/lib/validation/as-of";
import { heatMatrixMarkup } from "./heat-matrix-markup";

export function clusterMapHtml(map: ClusterMap, t: Dictionary, locale: Locale, day: string | null): string {
  const m = t.progress.map;
  const L = locale === "zh";
  return clusterMapMarkup(map, {
    title: m.title,
    label: (p) => (L ? shortName(p.nameZh) : p.nameEn),
    name: (p) => (L ? p.nameZh : p.nameEn),
    status: (c) => (c.status ? STATUS_LABELS[c.status][locale] : m.noStatus),
    coreSuffix: m.core,
    href: (adcode) => withAsOf(`/regions/${adcode}`, day),
  });
}

export function heatMatrixHtml(matrix: HeatMatrix, t: Dictionary, locale: Locale, day: string | null): string {
  const p = t.progress;
  const L = locale === "zh";
  return heatMatrixMarkup(matrix, {
    caption: p.matrix.caption,
    region: p.matrix.region,
    group: (g) => fill(g.phase === "final" ? p.phase.final : p.phase.schedule, { year: String(g.targetYear) }),
    columnName: (c) => (L ? c.nameZh : c.nameEn),
    rowName: (r) => (L ? r.nameZh : r.nameEn),
    status: (s) => STATUS_LABELS[s][locale],
    value: (v, c) => formatValue(v, c.unit, locale),
    completion: (c) => `${t.reports.view.completion} ${formatCompletion(c)}`,
    none: p.matrix.none,
    indicatorHref: (indicator, anchor) => withAsOf(`/progress/indicators/${indicator}`, day, anchor),
    regionHref: (adcode) => withAsOf(`/regions/${adcode}`, day),
  });
}
