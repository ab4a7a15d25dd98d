import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { UnitCompleteness } from "@/lib/rounds/completeness";
import "./rounds.css";

/** One row per unit: a bar (in: solid, pending review: lighter), the counts, and overdue in red with a word (never colour alone). */
export function UnitCompletenessTable({ units, t, locale }: { units: UnitCompleteness[]; t: Dictionary["rounds"]["round"]; locale: Locale }) {
  const pct = (n: number, total: number) => (total === 0 ? 0 : (100 * n) / total);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t.byUnit}>
      <table className="data" data-testid="unit-completeness">
        <thead>
          <tr>
            <th>{t.unit}</th>
            <th>{t.progress}</th>
            <th>{t.completeness}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr
              key={u.unitId ?? "none"}
              className={u.overdue ? "round-unit--overdue" : undefined}
              data-overdue={u.overdue ? "true" : "false"}
              data-unit={u.unitId ?? ""}
            >
              <td>
                {locale === "zh" ? u.nameZh : u.nameEn}
                {u.overdue ? <strong> · {t.overdue}</strong> : null}
              </td>
              <td>
                <div
                  className="round-bar"
                  role="progressbar"
                  aria-valuemin={0}
                  aria-valuemax={u.total}
                  aria-valuenow={u.official}
                  aria-label={locale === "zh" ? u.nameZh : u.nameEn}
                >
                  <span className="round-bar__fill" style={{ width: `${pct(u.official, u.total)}%` }} />
                  <span className="round-bar__pending" style={{ left: `${pct(u.official, u.total)}%`, width: `${pct(u.pending, u.total)}%` }} />
                </div>
              </td>
              <td className="small">
                {fill(t.counts, {
                  official: String(u.official),
                  total: String(u.total),
                  pending: String(u.pending),
                  returned: String(u.returned),
                  missing: String(u.missing),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
