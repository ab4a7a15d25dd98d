import { StatusBadge } from "@/components/reports/status-badge";
import { lensValue, percent } from "@/components/reports/lens-value";
import type { ReportStatus } from "@/lib/data/report-data";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import { nonEmptyColumns } from "@/lib/reports/table-columns";
import { impliedLevelText, isRateKind, statedTarget } from "@/lib/reports/target-terms";
import type { Lens } from "@/lib/validation/report";

interface Column {
  key: string;
  label: string;
  num?: boolean;
  cell: (s: ReportStatus) => React.ReactNode;
  /** The text the cell shows when it has nothing to say; a column of only that is dropped. */
  text?: (s: ReportStatus) => string;
}

/**
 * One row per target. A column that is "—" for every row (no latest figures yet, a lens
 * that cannot be computed) is left out. On phones each row is a small card whose cells
 * carry their column name (data-label, globals.css).
 */
export function StatusTable({ statuses, lens, t, locale }: { statuses: ReportStatus[]; lens: Lens; t: Dictionary; locale: Locale }) {
  const v = t.reports.view;
  if (statuses.length === 0) return <p className="empty">{v.noStatuses}</p>;
  // the figure the status rests on, not the newest one: a 2021 figure does not judge a 2020 target
  const basis = (s: ReportStatus) => (s.basis ? `${formatValue(s.basis.value, s.unit, locale)} (${s.basis.year})` : "—");
  const all: Column[] = [
    { key: "indicator", label: t.common.indicator, cell: (s) => (locale === "zh" ? s.indicatorNameZh : s.indicatorNameEn) },
    { key: "region", label: t.common.region, cell: (s) => localName(locale, s.region) },
    { key: "target", label: v.targetValue, num: true, cell: (s) => targetCell(s, locale) },
    { key: "basis", label: v.basis, num: true, cell: (s) => <span data-basis-year={s.basis?.year}>{basis(s)}</span>, text: basis },
    {
      key: "completion",
      label: v.completion,
      num: true,
      cell: (s) => <span data-testid="completion">{percent(s.completion, locale)}</span>,
      text: (s) => percent(s.completion, locale),
    },
    { key: "timeShare", label: v.timeShare, num: true, cell: (s) => percent(s.timeShare, locale), text: (s) => percent(s.timeShare, locale) },
    { key: "status", label: v.status, cell: (s) => <StatusBadge status={s.status} locale={locale} /> },
    { key: "lens", label: t.reports.lenses[lens] ?? lens, cell: (s) => lensValue(s, lens, t, locale), text: (s) => lensValue(s, lens, t, locale) },
  ];
  const columns = nonEmptyColumns(all, statuses);
  return (
    <div className="table-wrap">
      <table className="data report-table report-table--stack" data-testid="report-statuses">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} className={c.num ? "num" : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {statuses.map((s) => (
            <tr key={s.targetId} data-target={s.targetId}>
              {columns.map((c) => (
                <td key={c.key} className={[c.num ? "num" : "", c.key === "lens" ? "small" : ""].join(" ").trim() || undefined} data-label={c.label}>
                  {c.cell(s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A rate target by its rate, with the level it implies marked as derived; a level by its value. */
function targetCell(s: ReportStatus, locale: Locale): React.ReactNode {
  if (!isRateKind(s)) return `${formatValue(s.targetValue, s.unit, locale)} (${s.targetYear})`;
  return (
    <>
      {`${statedTarget(s, locale)} (${s.targetYear})`}
      <br />
      <small className="muted">{impliedLevelText(s, locale)}</small>
    </>
  );
}
