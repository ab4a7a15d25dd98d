import { clauseLabel } from "@/lib/i18n/plan-clause";
import Link from "next/link";
import type { TargetSummary } from "@/lib/data/targets";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";

export function TargetTable({
  rows,
  t,
  locale,
  showRegion = true,
  outlookYear,
  leads,
}: {
  rows: TargetSummary[];
  /** target id → its 牵头单位 (shown as a column when given) */
  leads?: Map<number, { nameZh: string; nameEn: string } | null>;
  t: Dictionary;
  locale: Locale;
  showRegion?: boolean;
  outlookYear?: number;
}) {
  const L = locale === "zh";
  return (
    <div className="table-wrap">
      <table className="data" data-testid="target-table">
        <thead>
          <tr>
            {showRegion ? <th>{t.common.region}</th> : null}
            <th>{t.common.indicator}</th>
            <th className="num">{t.common.year}</th>
            <th>{t.common.type}</th>
            <th className="num">{t.common.target}</th>
            <th className="num">{t.common.baseline}</th>
            <th>{t.common.clause}</th>
            {leads ? <th>{t.submissions.assignment.leadUnit}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => (
            <tr key={x.id}>
              {showRegion ? (
                <td>
                  <Link href={`/regions/${x.region.adcode}`}>{L ? x.region.nameZh : x.region.nameEn}</Link>
                </td>
              ) : null}
              <td>{L ? x.indicatorNameZh : x.indicatorNameEn}</td>
              <td className="num">
                {x.year}
                {x.year === outlookYear ? (
                  <span className="muted small" data-testid="outlook-label">
                    {" "}
                    · {t.planSettings.outlookTarget}
                  </span>
                ) : null}
              </td>
              <td>{t.targetTypes[x.type]}</td>
              <td className="num">{formatValue(x.value, x.unit, locale)}</td>
              <td className="num">{x.baseline ? `${formatValue(x.baseline.value, x.unit, locale)} (${x.baseline.year})` : "—"}</td>
              <td>{clauseLabel(x.clause, locale)}</td>
              {leads ? (
                <td data-testid="lead-unit">
                  {(() => {
                    const lead = leads.get(x.id);
                    return lead ? (L ? lead.nameZh : lead.nameEn) : "—";
                  })()}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
