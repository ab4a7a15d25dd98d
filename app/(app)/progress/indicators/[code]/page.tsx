import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { StatusLegend } from "@/components/progress/status-legend";
import { ChartLegend } from "@/components/charts/chart-legend";
import { AsOfForm } from "@/components/progress/as-of-form";
import { StatusCounts } from "@/components/progress/status-counts";
import { TargetCard } from "@/components/progress/target-card";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listIndicators } from "@/lib/data/indicators";
import { selectPlan } from "@/lib/data/plan-selection";
import { listPlans } from "@/lib/data/plans";
import { getProgress } from "@/lib/data/progress";
import { pendingSubmissionsOfIndicator } from "@/lib/data/submission-list";
import { targetAssignments } from "@/lib/data/unit-assignments";
import { fill } from "@/lib/i18n/dictionary";
import { getDictionary } from "@/lib/i18n/server-locale";
import { readAsOfParam, withAsOf } from "@/lib/validation/as-of";
import { phaseOf } from "@/lib/progress/heat-matrix";
import { countStatuses } from "@/lib/progress/rollup";
import { listTargetsAcrossPlans } from "@/lib/data/plan-targets";
import { hasOtherPlans, planMarkers } from "@/lib/plans/plan-markers";
import { plansStrings } from "@/lib/i18n/strings/plans";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ asOf?: string; plan?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).code };
}

export default async function IndicatorProgressPage({ params, searchParams }: Props) {
  const [{ code }, sp] = await Promise.all([params, searchParams]);
  // the session check and the lookups that can answer 404 come before any Suspense
  // boundary: once the response streams, redirect()/notFound() can no longer set a status
  const actor = await requirePageUser(`/progress/indicators/${code}`);
  const { locale, t } = await getDictionary();
  const indicator = (await listIndicators(actor)).find((i) => i.code === code);
  if (!indicator) notFound();
  const planSlug = await selectPlan(actor, sp.plan);
  if (!planSlug || !(await listPlans(actor)).some((p) => p.slug === planSlug)) notFound();
  const L = locale === "zh";
  const choice = readAsOfParam(sp.asOf);
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">
          <Link href={`${withAsOf("/progress", choice.day)}${sp.plan ? `${choice.day ? "&" : "?"}plan=${encodeURIComponent(sp.plan)}` : ""}`}>
            {t.progress.indicator.back}
          </Link>{" "}
          · {t.progress.indicator.eyebrow}
        </div>
        <h1 data-testid="indicator-name">{L ? indicator.nameZh : indicator.nameEn}</h1>
        <p className="muted small">{L ? indicator.definitionZh : indicator.definitionEn}</p>
      </div>
      <Suspense fallback={<PageSkeleton label={t.common.loading} blocks={2} />}>
        <IndicatorProgress code={code} planSlug={planSlug} sp={sp} />
      </Suspense>
    </>
  );
}

/** The slow part: every target of the indicator, evaluated. */
async function IndicatorProgress({ code, planSlug, sp }: { code: string; planSlug: string; sp: Awaited<Props["searchParams"]> }) {
  const actor = await requirePageUser(`/progress/indicators/${code}`);
  const { locale, t } = await getDictionary();
  const choice = readAsOfParam(sp.asOf);
  const [answer, allPlans] = await Promise.all([
    getProgress(actor, { planSlug, asOf: choice.asOf, indicator: code }),
    // every plan's targets of this indicator: the 2016 plan's 2020 and the 纲要's 2025 on one time line
    listTargetsAcrossPlans(actor, { indicator: code }),
  ]);
  const markersOf = (region: string) => {
    const m = planMarkers(allPlans, region, planSlug);
    return hasOtherPlans(m) ? m : [];
  };
  if (!answer) return <p className="empty">{t.overview.noPlan}</p>;
  const { entries, evaluationYear, plan } = answer;
  const years = [...new Set(entries.map((e) => e.targetYear))].sort((a, b) => a - b);
  const [assignments, pending] = await Promise.all([targetAssignments(entries.map((e) => e.targetId)), pendingSubmissionsOfIndicator(actor, code)]);
  return (
    <>
      <AsOfForm
        path={`/progress/indicators/${code}`}
        day={choice.day}
        evaluationYear={evaluationYear}
        invalid={choice.invalid}
        moment={choice.timestamp ? choice.asOf : undefined}
        keep={{ plan: sp.plan }}
        t={t}
      />
      {entries.length === 0 ? <p className="empty">{t.progress.indicator.noTargets}</p> : null}
      <p className="muted small">{fill(t.progress.indicator.intro, { outlook: String(plan.outlookYear) })}</p>
      <ChartLegend t={t} otherPlans={allPlans.some((p) => p.plan.slug !== planSlug) ? plansStrings[locale].markers.otherPlan : undefined} />
      <StatusLegend t={t} locale={locale} />
      {years.map((year) => {
        const list = entries.filter((e) => e.targetYear === year);
        return (
          <section key={year}>
            <h2>{fill(phaseOf(year, evaluationYear) === "final" ? t.progress.phase.final : t.progress.phase.schedule, { year: String(year) })}</h2>
            <StatusCounts counts={countStatuses(list.map((e) => e.status))} total={list.length} t={t} locale={locale} />
            <div className="small-multiples">
              {list.map((e) => (
                <TargetCard
                  key={e.targetId}
                  entry={e}
                  siblings={entries}
                  evaluationYear={evaluationYear}
                  baseYear={plan.baseYear}
                  outlookYear={plan.outlookYear}
                  titleBy="region"
                  day={choice.day}
                  t={t}
                  locale={locale}
                  planMarkers={markersOf(e.region.adcode)}
                  leadUnit={assignments.get(e.targetId)?.lead ?? null}
                  pending={pending.get(e.region.adcode) ?? []}
                />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
