import Link from "next/link";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import { withAsOf } from "@/lib/validation/as-of";
import type { HeatMatrix } from "@/lib/progress/heat-matrix";
import { heatMatrixMarkup } from "@/components/progress/heat-matrix-markup";
import { markupMemo } from "@/lib/util/markup";
import { STATUS_LABELS } from "@/lib/progress/status";

const markup = markupMemo<HeatMatrix>();

/**
 * The region × target matrix. The table is static markup built once per matrix (which is
 * built once per data version), locale and as-of day: see heat-matrix-markup.ts.
 */
export function HeatMatrixTable({ matrix, day, t, locale, showAllHref, showAllColumnsHref }: { matrix: HeatMatrix; day: string | null; t: Dictionary; locale: Locale; showAllHref: string; showAllColumnsHref: string }) {
  const p = t.progress;
  const table = markup(matrix, `${locale}|${day ?? ""}`, () => {
    const L = locale === "zh";
    return heatMatrixMarkup(matrix, {
      caption: p.matrix.caption,
      region: p.matrix.region,
      group: (g) => fill(g.phase === "final" ? p.phase.final : p.phase.schedule, { year: String(g.targetYear) }),
      columnName: (c) => (L ? c.nameZh : c.nameEn),
      rowName: (r) => (L ? r.nameZh : r.nameEn),
      status: (s) => STATUS_LABELS[s][locale],
      value: (v, c) => formatValue(v, c.unit, locale),
      none: p.matrix.none,
      indicatorHref: (indicator, anchor) => withAsOf(`/progress/indicators/${indicator}`, day, anchor),
      regionHref: (adcode) => withAsOf(`/regions/${adcode}`, day),
    });
  });
  return (
    <div>
      <div className="table-wrap" dangerouslySetInnerHTML={{ __html: table }} />
      {matrix.hiddenColumns > 0 ? (
        <p className="muted small">
          {fill(p.matrix.hiddenColumns, { n: String(matrix.hiddenColumns) })} <Link href={showAllColumnsHref}>{p.matrix.showAllColumns}</Link>
        </p>
      ) : null}
      {matrix.hiddenRows > 0 ? (
        <p className="muted small">
          {fill(p.matrix.hiddenRows, { n: String(matrix.hiddenRows) })} <Link href={showAllHref}>{p.matrix.showAll}</Link>
        </p>
      ) : null}
    </div>
  );
}
