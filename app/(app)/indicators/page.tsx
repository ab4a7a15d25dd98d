import type { Metadata } from "next";
import { Pager, shownOf } from "@/components/layout/pager";
import { FilterSelect } from "@/components/forms/filter-select";
import { IndicatorForm, TargetEditForm } from "@/components/forms/catalogue-forms";
import { OutlookTargetForm } from "@/components/forms/outlook-target-form";
import { TargetTable } from "@/components/tables/target-table";
import { formatUnit } from "@/lib/format";
import { listIndicators } from "@/lib/data/indicators";
import { listPlans } from "@/lib/data/plans";
import { selectPlan } from "@/lib/data/plan-selection";
import { countTargets, listTargets, type TargetFilter } from "@/lib/data/targets";
import { listRegionNames } from "@/lib/data/regions";
import { targetListParams } from "@/lib/validation/target-list-query";
import { LIST_PAGE_SIZE, pageOf } from "@/lib/util/paging";
import { fill } from "@/lib/i18n/dictionary";
import { targetAssignments } from "@/lib/data/unit-assignments";
import { listUnits } from "@/lib/data/units";
import { TargetAssignmentForm } from "@/components/forms/target-assignment-form";
import { getDictionary } from "@/lib/i18n/server-locale";
import { requirePageUser } from "@/lib/auth/page-actor";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "指标与目标 Indicators" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function IndicatorsPage({ searchParams }: Props) {
  const actor = await requirePageUser("/indicators");
  const { locale, t } = await getDictionary();
  const q = targetListParams.parse(await searchParams);
  const slug = await selectPlan(actor, q.plan);
  // the targets of the plan chosen in the header (default: the default plan), a page at a time
  const filter: TargetFilter = { planSlug: slug ?? undefined, indicator: q.indicator, region: q.region, year: q.year };
  const [indicators, regions, total, plans] = await Promise.all([listIndicators(actor), listRegionNames(actor), countTargets(actor, filter), listPlans(actor)]);
  const paging = pageOf(total, q.page, LIST_PAGE_SIZE);
  const targets = await listTargets(actor, filter, paging);
  const plan = plans.find((p) => p.slug === slug);
  const L = locale === "zh";
  const [assignments, units] = await Promise.all([targetAssignments(targets.map((x) => x.id)), listUnits(actor)]);
  const leads = new Map(targets.map((x) => [x.id, assignments.get(x.id)?.lead ?? null]));
  const s = t.indicators;
  const href = (n: number) => {
    const params = new URLSearchParams();
    if (q.plan) params.set("plan", q.plan);
    if (q.indicator) params.set("indicator", q.indicator);
    if (q.region) params.set("region", q.region);
    if (q.year !== undefined) params.set("year", String(q.year));
    if (n > 1) params.set("page", String(n));
    const query = params.toString();
    return query ? `/indicators?${query}` : "/indicators";
  };
  return (
    <>
      <div className="page-head">
        <h1>{t.indicators.title}</h1>
      </div>
      <section>
        <h2>{t.indicators.targetsTitle}</h2>
        {plan ? <p className="muted small">{fill(t.indicators.targetsIntro, { plan: L ? plan.nameZh : plan.nameEn })}</p> : null}
        <form className="search search--filter" role="search" action="/indicators" aria-label={s.filter} data-testid="target-filter">
          {q.plan ? <input type="hidden" name="plan" value={q.plan} /> : null}
          {q.year !== undefined ? <input type="hidden" name="year" value={q.year} /> : null}
          <FilterSelect
            name="indicator"
            value={q.indicator}
            all={s.allIndicators}
            options={indicators.map((i) => ({ value: i.code, label: L ? i.nameZh : i.nameEn }))}
            label={t.common.indicator}
          />
          <FilterSelect
            name="region"
            value={q.region}
            all={s.allRegions}
            options={regions.map((r) => ({ value: r.adcode, label: L ? r.nameZh : r.nameEn }))}
            label={t.common.region}
          />
          <button className="button" type="submit">
            {s.apply}
          </button>
        </form>
        <p className="muted small" data-testid="target-count">
          {total === 0 ? s.none : shownOf(t, locale, paging, total)}
        </p>
        {total > 0 ? <TargetTable rows={targets} t={t} locale={locale} outlookYear={plan?.outlookYear} leads={leads} /> : null}
        <Pager paging={paging} href={href} t={t} testId="target-pages" />
        {paging.pages > 1 && (can(actor, "unit.manage") || can(actor, "target.write")) ? <p className="muted small">{s.formsScope}</p> : null}
      </section>
      <section>
        <h2>{t.indicators.indicatorsTitle}</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.indicators.indicatorsTitle}>
          <table className="data" data-testid="indicator-table">
            <thead>
              <tr>
                <th>{t.common.code}</th>
                <th>{t.common.name}</th>
                <th>{t.common.unit}</th>
                <th>{t.common.attribute}</th>
                <th>{t.common.definition}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => (
                <tr key={i.code}>
                  <td>
                    <code>{i.code}</code>
                  </td>
                  <td>{L ? i.nameZh : i.nameEn}</td>
                  <td>{formatUnit(i.unit, locale)}</td>
                  <td>{i.attribute ? t.attributes[i.attribute] : "—"}</td>
                  <td className="small muted">{L ? i.definitionZh : i.definitionEn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {can(actor, "unit.manage") ? (
        <section style={{ maxWidth: 560 }} id="assignment">
          <TargetAssignmentForm
            targets={targets.map((x) => ({
              id: x.id,
              label: `${L ? x.region.nameZh : x.region.nameEn} · ${L ? x.indicatorNameZh : x.indicatorNameEn} · ${x.year}`,
              leadUnitId: assignments.get(x.id)?.lead?.id ?? null,
              supportUnitIds: assignments.get(x.id)?.support.map((u) => u.id) ?? [],
            }))}
            units={units}
            t={t.submissions.assignment}
            locale={locale}
          />
        </section>
      ) : null}
      {can(actor, "indicator.write") || can(actor, "target.write") ? (
        <section className="grid grid--two" data-testid="catalogue-editing">
          {can(actor, "indicator.write") ? <IndicatorForm t={t.admin.catalogue} attributes={t.attributes} /> : null}
          {can(actor, "target.write") ? <TargetEditForm targets={targets} t={t.admin.catalogue} typeNames={t.targetTypes} locale={locale} /> : null}
          {can(actor, "target.write") && plan ? (
            <OutlookTargetForm
              plan={plan.slug}
              outlookYear={plan.outlookYear}
              indicators={indicators}
              t={t.planSettings}
              typeNames={t.targetTypes}
              locale={locale}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
