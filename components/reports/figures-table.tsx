import { textLang } from "@/lib/i18n/text-lang";
import type { ReportFigure } from "@/lib/data/report-figures";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatNumber, formatUnit } from "@/lib/format";

/** Every figure with source and flags. In print the header row repeats on each page. */
export function FiguresTable({ figures, t, locale }: { figures: ReportFigure[]; t: Dictionary; locale: Locale }) {
  if (figures.length === 0) return <p className="empty">{t.reports.view.noFigures}</p>;
  return (
    <div className="table-wrap">
      <table className="data report-table" data-testid="report-figures">
        <thead>
          <tr>
            <th>{t.common.region}</th>
            <th>{t.common.indicator}</th>
            <th className="num">{t.common.year}</th>
            <th className="num">{t.common.value}</th>
            <th>{t.common.unit}</th>
            <th>{t.common.flags}</th>
            <th>{t.common.source}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={`${f.indicator}|${f.region.adcode}|${f.year}`}>
              <td className="figure-region">{localName(locale, f.region)}</td>
              <td className="figure-indicator">{locale === "zh" ? f.indicatorNameZh : f.indicatorNameEn}</td>
              <td className="num">{f.year}</td>
              <td className="num">{formatNumber(f.value, locale, 4)}</td>
              <td className="unit">{formatUnit(f.unit, locale)}</td>
              <td>
                {f.flags.map((flag) => (
                  <span key={flag} className="tag tag--flag">
                    {t.flags[flag] ?? flag}
                  </span>
                ))}
              </td>
              {/* on phones the source is clamped to two lines; the whole text is its title */}
              <td className="small source-cell" title={f.note ? `${f.source}\n${f.note}` : f.source}>
                <div className="source-cell__text" lang={textLang(f.source)}>
                  {f.source}
                </div>
                {f.note ? (
                  <div className="muted source-cell__text" lang={textLang(f.note)}>
                    {f.note}
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
