import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { PlanListRow } from "@/lib/data/plan-list";
import { planStatus } from "@/lib/plans/plan-status";
import type { PlansStrings } from "@/lib/i18n/strings/plans";
import { formatNumber } from "@/lib/format";

/** The /plans list: one row per plan, its status read from its period and this year. */
export function PlanListTable({ plans, year, s, locale }: { plans: PlanListRow[]; year: number; s: PlansStrings; locale: Locale }) {
  const L = locale === "zh";
  const n = (v: number) => formatNumber(v, locale, 0);
  if (plans.length === 0) return <p className="empty">{s.list.empty}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={s.list.title}>
      <table className="data" data-testid="plans-table">
        <thead>
          <tr>
            <th scope="col">{s.list.name}</th>
            <th scope="col">{s.list.docNumber}</th>
            <th scope="col">{s.list.period}</th>
            <th scope="col">{s.list.outlook}</th>
            <th scope="col">{s.list.status}</th>
            <th scope="col" className="num">
              {s.list.counts}
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => {
            const status = planStatus(p, year);
            return (
              <tr key={p.slug} data-plan={p.slug} data-status={status}>
                <th scope="row">
                  <Link href={`/plans/${encodeURIComponent(p.slug)}`}>{L ? p.nameZh : p.nameEn}</Link>
                  <div className="muted small">
                    {p.short[locale]}
                    {L ? null : (
                      <>
                        {" · "}
                        <span lang="zh-CN">{p.nameZh}</span>
                      </>
                    )}
                    {p.isDefault ? (
                      <>
                        {" · "}
                        <strong data-testid="default-plan">{s.list.defaultPlan}</strong>
                      </>
                    ) : null}
                  </div>
                </th>
                <td lang="zh-CN">{p.docNumber || <span className="muted">{s.list.noDocNumber}</span>}</td>
                <td>
                  {p.periodStart}–{p.periodEnd}
                </td>
                <td>{p.outlookYear}</td>
                <td>
                  <span className={`tag plan-status plan-status--${status}`}>{s.status[status]}</span>
                </td>
                <td className="num">
                  {n(p.counts.targets)} / {n(p.counts.indicators)} / {n(p.counts.regions)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
