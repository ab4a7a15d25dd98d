import { clauseLabel } from "@/lib/i18n/plan-clause";
import type { Metadata } from "next";
import { OUTLOOK_SHOWN, OutlookTargets } from "@/components/plan/outlook-targets";
import { countTargets, listTargets } from "@/lib/data/targets";
import { BaselineCards } from "@/components/plan/baseline-cards";
import { findGoal, GoalBlock, goalsOfKind } from "@/components/plan/goal-block";
import { formatDate } from "@/lib/format";
import { listObservations } from "@/lib/data/observations";
import { getPlanDetail } from "@/lib/data/plans";
import { selectPlan } from "@/lib/data/plan-selection";
import { getDictionary } from "@/lib/i18n/server-locale";
import { requirePageUser } from "@/lib/auth/page-actor";
import Link from "next/link";
import { StatusCounts } from "@/components/progress/status-counts";
import { RecentChanges } from "@/components/overview/recent-changes";
import { getProgressSummary } from "@/lib/data/progress-summary";
import { getRecentChanges } from "@/lib/data/recent-changes";
import { countStatuses } from "@/lib/progress/rollup";
import { fill } from "@/lib/i18n/dictionary";
import { landingStrings } from "@/lib/i18n/strings/landing";
import { PlanStripView } from "@/components/plans/plan-strip";
import { getPlanStrips } from "@/lib/data/plan-strip";
import { listRegionNames } from "@/lib/data/regions";
import { plansStrings } from "@/lib/i18n/strings/plans";

export const metadata: Metadata = { title: "规划概览 Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const actor = await requirePageUser("/");
  const { locale, t } = await getDictionary();
  const slug = await selectPlan(actor, (await searchParams).plan);
  const plan = slug ? await getPlanDetail(actor, slug, { targets: false }) : null;
  if (!plan) return <p className="empty">{t.overview.noPlan}</p>;
  // the landing part reads the one evaluation the progress pages use (same cache), never its own
  // the plan names its own area, the regions it compares itself with and its headline cards
  const compared = plan.baselineCards.filter((c) => c.compare).map((c) => c.indicator);
  // the first few outlook targets: a plan may carry thousands of targets
  const outlookFilter = { planSlug: slug!, year: plan.outlookYear };
  const [summary, changes, strips, regions, outlookTargets, outlookTotal, cluster, comparisons] = await Promise.all([
    getProgressSummary(actor, { planSlug: slug! }),
    getRecentChanges(actor),
    // "plan to plan": the other plans sharing indicators with this one
    getPlanStrips(actor, slug!),
    listRegionNames(actor),
    listTargets(actor, outlookFilter, { skip: 0, take: OUTLOOK_SHOWN }),
    countTargets(actor, outlookFilter),
    plan.clusterCode ? listObservations(actor, { region: plan.clusterCode }) : [],
    // every compared region's figures of every compared indicator, in one read
    plan.comparisonRegionCodes.length && compared.length ? listObservations(actor, { region: plan.comparisonRegionCodes, indicator: compared }) : [],
  ]);
  const latest = cluster.filter((o) => o.year > plan.baseYear);
  const goal2020 = findGoal(plan.goals, "goal-2020");
  const outlook = goalsOfKind(plan.goals, "outlook");
  const positioning = goalsOfKind(plan.goals, "positioning_overall")[0];
  const categories = goalsOfKind(plan.goals, "category");
  const L = locale === "zh";
  const s = landingStrings[locale];
  const statuses = summary?.entries.map((e) => e.status) ?? [];

  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{t.overview.title}</div>
        <h1>{L ? plan.nameZh : plan.nameEn}</h1>
        <div className="page-head__meta">
          <span>
            {t.overview.docNumber}
            {t.colon}
            <span lang="zh-CN">{plan.docNumber}</span>
          </span>
          <span>
            {t.overview.issuedBy}
            {t.colon}
            {L ? plan.issuingBodiesZh : plan.issuingBodiesEn}
          </span>
          <span>
            {t.overview.issueDate}
            {t.colon}
            {formatDate(plan.issueDate, locale)}
          </span>
          <span>
            {t.overview.period}
            {t.colon}
            {plan.periodStart}–{plan.periodEnd}
          </span>
          <span>
            {t.overview.outlook}
            {t.colon}
            {plan.outlookYear}
          </span>
          <span>
            {t.overview.baseYear}
            {t.colon}
            {plan.baseYear}
          </span>
        </div>
      </div>

      <div className="grid grid--two" data-testid="landing">
        <section className="card" data-testid="landing-status">
          <h2>{s.statusTitle}</h2>
          {summary ? <p className="muted small">{fill(s.statusNote, { year: String(summary.evaluationYear) })}</p> : null}
          <StatusCounts counts={countStatuses(statuses)} total={statuses.length} t={t} locale={locale} testId="landing-status-counts" />
          <p>
            <Link href={`/progress?plan=${encodeURIComponent(slug!)}`}>{s.statusLink}</Link>
          </p>
        </section>
        <section className="card" data-testid="landing-changes">
          <h2>{s.changesTitle}</h2>
          <RecentChanges changes={changes} s={s} locale={locale} />
        </section>
      </div>

      {strips.map((strip) => (
        <PlanStripView
          key={`${strip.earlier.slug}|${strip.later.slug}`}
          strip={strip}
          indicators={new Map(plan.indicators.map((i) => [i.code, i]))}
          regionNames={new Map(regions.map((r) => [r.adcode, r]))}
          phrases={t.targetPhrases}
          s={plansStrings[locale]}
          locale={locale}
        />
      ))}

      <section className="card">
        <h3>{t.overview.scope}</h3>
        <p className="muted">{L ? plan.scopeZh : plan.scopeEn}</p>
      </section>

      <div className="grid grid--two">
        <BaselineCards
          title={t.overview.baselineTitle}
          note={t.overview.baselineNote}
          year={plan.baseYear}
          cards={plan.baselineCards}
          cluster={cluster}
          comparisons={comparisons}
          comparisonRegions={plan.comparisonRegionCodes}
          indicators={plan.indicators}
          t={t}
          locale={locale}
          testId="baseline"
        />
        <BaselineCards
          title={t.overview.latestTitle}
          note={t.overview.latestNote}
          cards={plan.baselineCards}
          cluster={latest}
          comparisons={[]}
          comparisonRegions={[]}
          indicators={plan.indicators}
          t={t}
          locale={locale}
          testId="latest"
        />
      </div>

      <section data-testid="goals-2020">
        <h2>{t.overview.goals2020}</h2>
        {goal2020 ? (
          <div className="card">
            <p>
              <strong>{L ? (goal2020.textZh ?? goal2020.titleZh) : (goal2020.textEn ?? goal2020.titleEn)}</strong>
            </p>
            {goal2020.children.map((g) => (
              <GoalBlock key={g.key} goal={g} locale={locale} />
            ))}
          </div>
        ) : null}
      </section>

      <section data-testid="outlook-2030">
        <h2>{t.overview.outlook2030}</h2>
        {outlook.map((g) => (
          <div className="card" key={g.key}>
            <p>{L ? g.textZh : g.textEn}</p>
          </div>
        ))}
        <OutlookTargets
          targets={outlookTargets}
          total={outlookTotal}
          outlookYear={plan.outlookYear}
          listHref={`/indicators?${new URLSearchParams({ plan: slug!, year: String(plan.outlookYear) })}`}
          t={t}
          locale={locale}
        />
      </section>

      {positioning ? (
        <section data-testid="positionings">
          <h2>{t.overview.positionings}</h2>
          <div className="card">
            <p>
              <strong>{L ? positioning.titleZh : positioning.titleEn}</strong>
            </p>
            <p className="muted">{L ? positioning.textZh : positioning.textEn}</p>
            {positioning.children.map((g) => (
              <GoalBlock key={g.key} goal={g} locale={locale} />
            ))}
          </div>
        </section>
      ) : null}

      <section>
        <h2>{t.overview.categories}</h2>
        <div className="grid grid--two">
          {categories.map((c) => (
            <div className="card" key={c.key}>
              <div className="eyebrow">{clauseLabel(c.clause, locale)}</div>
              <h3>{L ? c.titleZh : c.titleEn}</h3>
              <ol className="small muted">
                {c.children.map((s) => (
                  <li key={s.key}>{L ? s.titleZh : s.titleEn}</li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
