import type { Metadata } from "next";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { AsOfForm } from "@/components/progress/as-of-form";
import { HeatMatrixTable } from "@/components/progress/heat-matrix";
import { StatusLegend } from "@/components/progress/status-legend";
import { ClusterMapSvg } from "@/components/map/cluster-map-svg";
import { overviewText, type OverviewText } from "@/components/progress/overview-text";
import { requirePageUser } from "@/lib/auth/page-actor";
import { selectPlan } from "@/lib/data/plan-selection";
import { getProgressOverview } from "@/lib/data/progress-overview";
import { getDictionary } from "@/lib/i18n/server-locale";
import { readAsOfParam } from "@/lib/validation/as-of";
import { overviewHref, overviewOptions, type OverviewParams } from "@/lib/progress/overview-query";
import { memoPerObject } from "@/lib/util/memo";
import { overviewParams } from "@/lib/validation/progress-query";

// The page's text per overview map (new whenever the evaluation or the reads beside it
// change: lib/data/progress-overview.ts), language and view: a repeat view draws nothing.
const texts = memoPerObject<object, OverviewText>();

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
  const { model, map, mapIndicator } = overview;
  // links keep the day and the plan; the parts also draw the same map colouring and matrix size
  const view: OverviewParams = { asOf: choice.day ?? undefined, plan: sp.plan };
  const part = (name: "map" | "matrix") => overviewHref(`/progress/parts/${name}`, { ...view, map: mapIndicator, rows: sp.rows, cols: sp.cols });
  const text = texts(map, JSON.stringify([locale, view.asOf ?? null, view.plan ?? null, sp.rows ?? null, sp.cols ?? null]), () =>
    overviewText(overview, t, locale, { query: (extra) => overviewHref("/progress", view, extra), rows: sp.rows, cols: sp.cols }),
  );

  return (
    <>
      <AsOfForm
        path="/progress"
        day={choice.day}
        evaluationYear={overview.summary.evaluationYear}
        invalid={choice.invalid}
        moment={choice.timestamp ? choice.asOf : undefined}
        keep={{ plan: sp.plan }}
        t={t}
      />
      <section data-testid="status-overview" dangerouslySetInnerHTML={{ __html: text.status }} />
      <section>
        <h2>{p.matrix.title}</h2>
        <p className="muted small">{p.matrix.caption}</p>
        <StatusLegend t={t} locale={locale} />
        <HeatMatrixTable src={part("matrix")} rows={model.matrix.rows.length} notes={text.matrixNotes} t={t} />
      </section>
      <section>
        <h2>{p.map.title}</h2>
        <nav className="chips" aria-label={p.map.colourBy} dangerouslySetInnerHTML={{ __html: text.chips }} />
        <ClusterMapSvg src={part("map")} map={map} caption={text.mapCaption} t={t} />
      </section>
      <section dangerouslySetInnerHTML={{ __html: text.baseline }} />
    </>
  );
}
