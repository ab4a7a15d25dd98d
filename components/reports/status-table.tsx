import { StatusBadge } from "@/components/reports/status-badge";
import { lensValue, percent } from "@/components/reports/lens-value";
import type { ReportStatus } from "@/lib/data/report-data";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import type { Lens } from "@/lib/validation/report";

export function StatusTable({ statuses, lens, t, locale }: { statuses: ReportStatus[]; lens: Lens; t: Dictionary; locale: Locale }) {
  const v = t.reports.view;
  if (statuses.length === 0) return <p className="empty">{v.noStatuses}</p>;
  return (
    <div className="table-wrap">
      <table className="data report-table" data-testid="report-statuses">
        <thead>
          <tr>
            <th>{t.common.indicator}</th>
            <th>{t.common.region}</th>
            <th className="num">{v.targetValue}</th>
            <th className="num">{v.basis}</th>
            <th className="num">{v.completion}</th>
            <th className="num">{v.timeShare}</th>
            <th>{v.status}</th>
            <th>{t.reports.lenses[lens]}</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((s) => (
            <tr key={s.targetId} data-target={s.targetId}>
              <td>{locale === "zh" ? s.indicatorNameZh : s.indicatorNameEn}</td>
              <td>{localName(locale, s.region)}</td>
              <td className="num">
                {formatValue(s.targetValue, s.unit, locale)} ({s.targetYear})
              </td>
              {/* the figure the status rests on, not the newest one: a 2021 figure does not judge a 2020 target */}
              <td className="num" data-basis-year={s.basis?.year}>{s.basis ? `${formatValue(s.basis.value, s.unit, locale)} (${s.basis.year})` : "—"}</td>
              <td className="num" data-testid="completion">{percent(s.completion, locale)}</td>
              <td className="num">{percent(s.timeShare, locale)}</td>
              <td>
                <StatusBadge status={s.status} locale={locale} />
              </td>
              <td className="small">{lensValue(s, lens, t, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
