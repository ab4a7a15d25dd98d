import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Warning } from "@/lib/warnings/rules";

/** The early-warning block of a report (screen, share page and PDF alike): one row per warning with its arithmetic. */
export function ReportWarnings({ warnings, t, locale }: { warnings: Warning[]; t: Dictionary["rounds"]["warnings"]; locale: Locale }) {
  const L = locale === "zh";
  return (
    <section className="report-section" data-testid="report-warnings">
      <h2>{t.title}</h2>
      {warnings.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table className="data report-table">
          <thead>
            <tr>
              <th>{t.kind}</th>
              <th>{t.indicator}</th>
              <th>{t.region}</th>
              <th>{t.unit}</th>
              <th>{t.why}</th>
            </tr>
          </thead>
          <tbody>
            {warnings.map((w) => (
              <tr key={`${w.targetId}-${w.kind}`}>
                <td>{t.kinds[w.kind]}</td>
                <td>{L ? w.indicatorNameZh : w.indicatorNameEn}</td>
                <td>{L ? w.region.nameZh : w.region.nameEn}</td>
                <td>{w.leadUnit ? (L ? w.leadUnit.nameZh : w.leadUnit.nameEn) : t.noUnit}</td>
                <td className="small">{w.sentence[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
