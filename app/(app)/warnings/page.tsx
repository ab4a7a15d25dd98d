import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-actor";
import { selectPlan } from "@/lib/data/plan-selection";
import { listRounds, listUnitOptions } from "@/lib/data/rounds";
import { listWarnings } from "@/lib/data/warnings";
import { AppError } from "@/lib/errors";
import { fill } from "@/lib/i18n/dictionary";
import { getDictionary } from "@/lib/i18n/server-locale";
import { formatPlainNumber } from "@/lib/progress/format";
import { warningsQuery } from "@/lib/validation/rounds";
import { filterWarnings } from "@/lib/warnings/export-rows";
import { WARNING_KINDS } from "@/lib/warnings/rules";
import { Pager, shownOf } from "@/components/layout/pager";
import { FilterSelect } from "@/components/forms/filter-select";
import { LIST_PAGE_SIZE, pageOf } from "@/lib/util/paging";
import { firstOf, pageParam } from "@/lib/validation/query-fields";

export const metadata: Metadata = { title: "预警 Early warnings" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WarningsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const actor = await requirePageUser("/warnings");
  const { locale, t } = await getDictionary();
  const s = t.rounds.warnings;
  const L = locale === "zh";
  // a bad filter value is dropped, not an error page
  const clean = Object.fromEntries(["plan", "round", "unit", "kind", "region"].map((k) => [k, (firstOf(raw[k]) as string | undefined) || undefined]));
  const parsed = warningsQuery.safeParse(clean);
  const q = parsed.success ? parsed.data : { plan: clean.plan, round: undefined, unit: undefined, kind: undefined, region: undefined };
  const planSlug = await selectPlan(actor, q.plan);
  if (!planSlug) return <p className="empty">{t.overview.noPlan}</p>;
  const [answer, rounds, units] = await Promise.all([
    listWarnings({ planSlug, roundId: q.round, unitId: q.unit }).catch((e: unknown) => {
      if (e instanceof AppError && e.code === "NOT_FOUND") return null;
      throw e;
    }),
    listRounds(actor, planSlug),
    listUnitOptions(actor),
  ]);
  if (!answer) return <p className="empty">{t.overview.noPlan}</p>;
  const matching = filterWarnings(answer.warnings, { kind: q.kind, region: q.region });
  // a page of them: the exports carry them all
  const paging = pageOf(matching.length, pageParam.parse(raw.page), LIST_PAGE_SIZE);
  const warnings = matching.slice(paging.skip, paging.skip + paging.take);
  const regions = [...new Map(answer.warnings.map((w) => [w.region.adcode, w.region])).values()];
  // the plan and the filters, for the exports and the other pages of the list
  const filtered = (extra: Record<string, string>) => {
    const p = new URLSearchParams({ plan: planSlug, ...extra });
    for (const k of ["round", "unit", "kind", "region"] as const) if (q[k] !== undefined) p.set(k, String(q[k]));
    return p;
  };
  const exportQuery = (format: string) => `/api/v1/warnings?${filtered({ format })}`;
  const pageHref = (n: number) => `/warnings?${filtered(n > 1 ? { page: String(n) } : {})}`;
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{t.nav.groups.monitor}</div>
        <h1>{s.title}</h1>
        <p className="muted">{s.intro}</p>
        <p className="small" data-testid="warnings-source">
          {answer.source === "live" ? fill(s.source.live, { year: String(answer.evaluationYear) }) : fill(s.source.frozen, { round: String(answer.roundId) })}
        </p>
      </div>
      <form className="form-row card" method="get" action="/warnings" data-testid="warnings-filter">
        <input type="hidden" name="plan" value={planSlug} />
        <label className="field field--inline">
          <span>{s.round}</span>
          <FilterSelect name="round" value={q.round?.toString()} all={s.live} options={rounds.map((r) => ({ value: r.id, label: r.name }))} />
        </label>
        <label className="field field--inline">
          <span>{s.kind}</span>
          <FilterSelect name="kind" value={q.kind} all={s.allKinds} options={WARNING_KINDS.map((k) => ({ value: k, label: s.kinds[k] }))} />
        </label>
        <label className="field field--inline">
          <span>{s.unit}</span>
          <FilterSelect name="unit" value={q.unit?.toString()} all={s.allUnits} options={units.map((u) => ({ value: u.id, label: L ? u.nameZh : u.nameEn }))} />
        </label>
        <label className="field field--inline">
          <span>{s.region}</span>
          <FilterSelect name="region" value={q.region} all={s.allRegions} options={regions.map((r) => ({ value: r.adcode, label: L ? r.nameZh : r.nameEn }))} />
        </label>
        <button className="button" type="submit">
          {s.filter}
        </button>
      </form>
      <p className="export-links">
        <a className="button button--ghost" href={exportQuery("csv")} download>
          {s.exportCsv}
        </a>{" "}
        <a className="button button--ghost" href={exportQuery("xlsx")} download>
          {s.exportXlsx}
        </a>
      </p>
      {warnings.length === 0 ? (
        <p className="empty">{s.none}</p>
      ) : (
        <>
          <p className="muted small" data-testid="warnings-count">
            {shownOf(t, locale, paging, matching.length)}
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={s.title}>
            <table className="data" data-testid="warnings-table">
              <thead>
                <tr>
                  <th>{s.kind}</th>
                  <th>{s.indicator}</th>
                  <th>{s.region}</th>
                  <th>{s.target}</th>
                  <th>{s.unit}</th>
                  <th>{s.why}</th>
                  <th>{s.trend}</th>
                </tr>
              </thead>
              <tbody>
                {warnings.map((w) => (
                  <tr key={`${w.targetId}-${w.kind}`} data-kind={w.kind} data-target={w.targetId}>
                    <td>{s.kinds[w.kind]}</td>
                    <td>{L ? w.indicatorNameZh : w.indicatorNameEn}</td>
                    <td>{L ? w.region.nameZh : w.region.nameEn}</td>
                    <td>
                      {formatPlainNumber(w.targetValue)} ({w.targetYear})
                    </td>
                    <td>{w.leadUnit ? (L ? w.leadUnit.nameZh : w.leadUnit.nameEn) : s.noUnit}</td>
                    <td className="small">{w.sentence[locale]}</td>
                    <td className="small">{w.trend.map((p) => `${p.year}: ${formatPlainNumber(p.value)}`).join(" · ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager paging={paging} href={pageHref} t={t} testId="warnings-pages" />
        </>
      )}
    </>
  );
}
