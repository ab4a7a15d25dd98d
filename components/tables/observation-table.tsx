import { textLang } from "@/lib/i18n/text-lang";
import type { ObservationSummary } from "@/lib/data/observations";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatNumber, formatUnit } from "@/lib/format";

/** Current figures with the unit and value as published beside the converted value. */
export function ObservationTable({ rows, names, t, locale }: { rows: ObservationSummary[]; names: Map<string, string>; t: Dictionary; locale: Locale }) {
  return (
    <div className="table-wrap">
      <table className="data" data-testid="observation-table">
        <thead>
          <tr>
            <th>{t.common.indicator}</th>
            <th className="num">{t.common.year}</th>
            <th className="num">{t.common.value}</th>
            <th>{t.common.unit}</th>
            <th className="num">{t.common.asEntered}</th>
            <th>{t.common.flags}</th>
            <th>{t.common.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <td>{names.get(o.indicator) ?? o.indicator}</td>
              <td className="num">{o.year}</td>
              <td className="num">{formatNumber(o.value, locale, 4)}</td>
              <td>{formatUnit(o.unit, locale)}</td>
              <td className="num small muted" lang={textLang(o.unitAsEntered)}>
                {o.valueAsEntered !== null ? `${o.valueAsEntered} ${o.unitAsEntered ?? ""}` : "—"}
              </td>
              <td>
                {o.flags.map((f) => (
                  <span key={f} className="tag tag--flag">
                    {t.flags[f] ?? f}
                  </span>
                ))}
              </td>
              <td className="small" lang={textLang(o.source)}>
                {o.source}
                {o.note ? (
                  <div className="muted" lang={textLang(o.note)}>
                    {o.note}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
