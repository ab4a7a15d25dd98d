import Link from "next/link";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import { withAsOf } from "@/lib/validation/as-of";
import type { HeatMatrix } from "@/lib/progress/heat-matrix";
import { STATUS_LABELS } from "@/lib/progress/status";

/**
 * The region × target matrix as a table: every cell names its status in words beside the
 * colour, and links to the indicator page at that city's chart. Plain <a> links, not
 * next/link: hundreds of cells must not each prefetch a route or hydrate a component.
 */
export function HeatMatrixTable({ matrix, day, t, locale, showAllHref, showAllColumnsHref }: { matrix: HeatMatrix; day: string | null; t: Dictionary; locale: Locale; showAllHref: string; showAllColumnsHref: string }) {
  const L = locale === "zh";
  const p = t.progress;
  return (
    <div>
      <div className="table-wrap">
        <table className="data heat" data-testid="heat-matrix">
          <caption className="sr-only">{p.matrix.caption}</caption>
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                {p.matrix.region}
              </th>
              {matrix.groups.map((g) => (
                <th key={g.targetYear} colSpan={g.span} scope="colgroup" className={`heat__group heat__group--${g.phase}`}>
                  {fill(g.phase === "final" ? p.phase.final : p.phase.schedule, { year: String(g.targetYear) })}
                </th>
              ))}
            </tr>
            <tr>
              {matrix.columns.map((c) => (
                <th key={c.key} scope="col">
                  <a href={withAsOf(`/progress/indicators/${c.indicator}`, day)}>{L ? c.nameZh : c.nameEn}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((r) => (
              <tr key={r.adcode} data-region={r.adcode}>
                <th scope="row">
                  <a href={withAsOf(`/regions/${r.adcode}`, day)} data-testid="heat-row-link">
                    {L ? r.nameZh : r.nameEn}
                  </a>
                </th>
                {r.cells.map((cell, i) =>
                  cell ? (
                    <td key={matrix.columns[i]!.key} className={`heat__cell heat__cell--${cell.color}`} data-status={cell.status}>
                      <a href={withAsOf(`/progress/indicators/${matrix.columns[i]!.indicator}`, day, `r-${r.adcode}`)}>
                        <span className="heat__label">{STATUS_LABELS[cell.status][locale]}</span>
                        {cell.value !== null ? (
                          <span className="heat__value">
                            {formatValue(cell.value, matrix.columns[i]!.unit, locale)}
                            {cell.year !== null ? ` (${cell.year})` : ""}
                          </span>
                        ) : null}
                      </a>
                    </td>
                  ) : (
                    <td key={matrix.columns[i]!.key} className="heat__cell heat__cell--empty">
                      {p.matrix.none}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
