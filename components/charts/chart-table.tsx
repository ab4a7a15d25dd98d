import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/format";
import type { ChartRow } from "@/lib/progress/chart-series";

/** The accessible table of a chart: the same numbers, one row per year that has any. */
export function ChartTable({ rows, caption, t, locale }: { rows: ChartRow[]; caption: string; t: Dictionary; locale: Locale }) {
  const c = t.progress.chart;
  const n = (v: number | null) => (v === null ? "—" : formatNumber(v, locale, 2));
  return (
    <table className="data chart-table" data-testid="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.common.year}</th>
          <th scope="col" className="num">
            {c.actual}
          </th>
          <th scope="col">{t.common.flags}</th>
          <th scope="col" className="num">
            {c.planned}
          </th>
          <th scope="col" className="num">
            {c.projection}
          </th>
          <th scope="col" className="num">
            {c.target}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.year}>
            <th scope="row">{r.year}</th>
            <td className="num">{n(r.actual)}</td>
            <td>
              {r.flags.map((f) => (
                <span key={f} className="tag tag--flag">
                  {t.flags[f] ?? f}
                </span>
              ))}
            </td>
            <td className="num">{n(r.planned)}</td>
            <td className="num">{n(r.projection)}</td>
            <td className="num">{n(r.target)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
