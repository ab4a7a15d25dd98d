import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { RoundTargetItem } from "@/lib/data/round-completeness";
import "./rounds.css";

/** The round's targets: whose figure for the round's year is in, pending, returned or missing, and who answers for it. */
export function RoundTargetTable({ targets, year, t, locale }: { targets: RoundTargetItem[]; year: number; t: Dictionary["rounds"]["round"]; locale: Locale }) {
  const L = locale === "zh";
  const name = (u: { nameZh: string; nameEn: string }) => (L ? u.nameZh : u.nameEn);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t.byTarget}>
      <table className="data" data-testid="round-targets">
        <thead>
          <tr>
            <th>{t.indicator}</th>
            <th>{t.region}</th>
            <th>{t.targetYear}</th>
            <th>{fill(t.figure, { year: String(year) })}</th>
            <th>{t.lead}</th>
            <th>{t.support}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((x) => (
            <tr key={x.targetId} data-target={x.targetId}>
              <td>{L ? x.indicatorNameZh : x.indicatorNameEn}</td>
              <td>{L ? x.region.nameZh : x.region.nameEn}</td>
              <td>{x.targetYear}</td>
              <td className={`round-item--${x.status}`} data-status={x.status}>
                {t.statuses[x.status]}
              </td>
              <td>{x.leadUnit ? name(x.leadUnit) : "—"}</td>
              <td>{x.supportUnits.length ? x.supportUnits.map(name).join(L ? "、" : ", ") : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
