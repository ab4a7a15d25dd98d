import type { Metadata } from "next";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { AsOfForm } from "@/components/progress/as-of-form";
import { HeatMatrixTable } from "@/components/progress/heat-matrix";
import { StatusCounts } from "@/components/progress/status-counts";
import { StatusLegend } from "@/components/progress/status-legend";
import { ClusterMapSvg } from "@/components/map/cluster-map-svg";
import { mapChipsMarkup } from "@/components/progress/overview-markup";
import { BaselineCards } from "@/components/plan/baseline-cards";
import { requirePageUser } from "@/lib/auth/page-actor";
import { selectPlan } from "@/lib/data/plan-selection";
import { getProgressOverview } from "@/lib/data/progress-overview";
import { fill } from "@/lib/i18n/dictionary";
import { getDictionary } from "@/lib/i18n/server-locale";
import { readAsOfParam } from "@/lib/validation/as-of";
import { overviewHref, overviewOptions, type OverviewParams } from "@/lib/progress/overview-query";
import { overviewParams } from "@/lib/validation/progress-query";

export const metadata: Metadata = { title: "监测看板 Progress" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProgressPage({ searchParams }: Props) {
  const sp = overviewParams.parse(await searchParams);
  // the session check comes before the Suspense boundary: once the response streams,
  // redirect() can no longer answer 307
  await requirePageUser("/progress");
  const { t } = await getDictionary();
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{t.nav.progress}</div>
        <h1>{t.progress.title}</h1>
        <p className="muted">{t.progress.intro}</p>
      </div>
      <Suspense fallback={<PageSkeleton label={t.common.loading} blocks={3} />}>
        <ProgressOverview sp={sp} />
      </Suspense>
    </>
  );
}

/** The slow part: every target evaluated, the counts, the matrix and the map. */
async function ProgressOverview({ sp }: { sp: ReturnType<typeof overviewParams.parse> }) {
  const actor = await requirePageUser("/progress");
  const { locale, t } = await getDictionary();
  const p = t.progress;
  const choice = readAsOfParam(sp.asOf);
  const planSlug = await selectPlan(actor, sp.plan);
  const overview = planSlug ? await getProgressOverview(actor, { planSlug, asOf: choice.asOf, ...overviewOptions(sp) }) : null;
  if (!overview) return <p className="empty">{t.overview.noPlan}</p>;
  const { model, map, indicators, cluster, baselineCards, mapIndicator } = overview;
  const { evaluationYear, plan } = overview.summary;
  const { groups, matrix, populations } = model;
  const targetIndicators = indicators.filter((i) => model.indicators.includes(i.code));
  const L = locale === "zh";
  // links keep the day and the plan; the parts also draw the same map colouring and matrix size
  const view: OverviewParams = { asOf: choice.day ?? undefined, plan: sp.plan };
  const query = (extra: OverviewParams) => overviewHref("/progress", view, extra);
  const part = (name: "map" | "matrix") => overviewHref(`/progress/parts/${name}`, { ...view, map: mapIndicator, rows: sp.rows, cols: sp.cols });

  return (
    <>
      <AsOfForm
        path="/progress"
        day={choice.day}
        evaluationYear={evaluationYear}
        invalid={choice.invalid}
        moment={choice.timestamp ? choice.asOf : undefined}
        keep={{ plan: sp.plan }}
        t={t}
      />

      <section data-testid="status-overview">
        <h2>{p.counts.title}</h2>
        <StatusCounts counts={model.counts} total={model.total} t={t} locale={locale} testId="status-counts" />
        <div className="grid grid--two phase-groups">
          {groups.map((g) => (
            <div key={g.targetYear} className={`card phase phase--${g.phase}`} data-testid={`phase-${g.targetYear}`}>
              <h3>{fill(g.phase === "final" ? p.phase.final : p.phase.schedule, { year: String(g.targetYear) })}</h3>
              <p className="muted small">{g.phase === "final" ? fill(p.phase.finalNote, { year: String(g.targetYear) }) : p.phase.scheduleNote}</p>
              <StatusCounts counts={g.counts} total={g.total} t={t} locale={locale} />
            </div>
          ))}
          {groups.some((g) => g.targetYear === plan.outlookYear) ? null : (
            <div className="card phase phase--schedule" data-testid={`phase-${plan.outlookYear}`}>
              <h3>{p.phase.outlookTitle}</h3>
              <p className="muted small">{p.phase.no2030}</p>
            </div>
          )}
        </div>
      </section>

      <section>
        <h2>{p.matrix.title}</h2>
        <p className="muted small">{p.matrix.caption}</p>
        <StatusLegend t={t} locale={locale} />
        <HeatMatrixTable
          src={part("matrix")}
          matrix={matrix}
          t={t}
          showAllHref={query({ rows: "all", cols: sp.cols })}
          showAllColumnsHref={query({ cols: "all", rows: sp.rows })}
        />
      </section>

      <section>
        <h2>{p.map.title}</h2>
        <nav
          className="chips"
          aria-label={p.map.colourBy}
          dangerouslySetInnerHTML={{
            __html: mapChipsMarkup(p.map.colourBy + t.colon, [
              { href: query({ map: undefined }), label: p.map.allTargets, active: !mapIndicator },
              ...targetIndicators.map((i) => ({ href: query({ map: i.code }), label: L ? i.nameZh : i.nameEn, active: mapIndicator === i.code })),
            ]),
          }}
        />
        <ClusterMapSvg src={part("map")} map={map} populations={populations} t={t} locale={locale} />
      </section>

      <section>
        <h2>{p.baseline.title}</h2>
        <p className="muted small">{p.baseline.note}</p>
        <div className="grid grid--two">
          <BaselineCards
            title={t.overview.baselineTitle}
            note={t.overview.baselineNote}
            year={plan.baseYear}
            cards={baselineCards}
            cluster={cluster}
            comparisons={[]}
            comparisonRegions={[]}
            indicators={indicators}
            t={t}
            locale={locale}
            testId="progress-baseline"
          />
          <BaselineCards
            title={t.overview.latestTitle}
            note={t.overview.latestNote}
            cards={baselineCards}
            cluster={cluster.filter((o) => o.year > plan.baseYear)}
            comparisons={[]}
            comparisonRegions={[]}
            indicators={indicators}
            t={t}
            locale={locale}
            testId="progress-latest"
          />
        </div>
      </section>
    </>
  );
}
