import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusLegend } from "@/components/progress/status-legend";
import { ChartLegend } from "@/components/charts/chart-legend";
import { AsOfForm } from "@/components/progress/as-of-form";
import { StatusCounts } from "@/components/progress/status-counts";
import { TargetCard } from "@/components/progress/target-card";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listIndicators } from "@/lib/data/indicators";
import { selectPlan } from "@/lib/data/plan-selection";
import { getProgress } from "@/lib/data/progress";
import { fill } from "@/lib/i18n/dictionary";
import { getDictionary } from "@/lib/i18n/server-locale";
import { readAsOfParam, withAsOf } from "@/lib/validation/as-of";
import { phaseOf } from "@/lib/progress/heat-matrix";
import { countStatuses } from "@/lib/progress/rollup";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ asOf?: string; plan?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).code };
}

export default async function IndicatorProgressPage({ params, searchParams }: Props) {
  const [{ code }, sp] = await Promise.all([params, searchParams]);
  const actor = await requirePageUser(`/progress/indicators/${code}`);
  const { locale, t } = await getDictionary();
  const choice = readAsOfParam(sp.asOf);
  const indicator = (await listIndicators(actor)).find((i) => i.code === code);
  if (!indicator) notFound();
  const planSlug = await selectPlan(actor, sp.plan);
  const answer = planSlug ? await getProgress(actor, { planSlug, asOf: choice.asOf, indicator: code }) : null;
  if (!answer) notFound();
  const { entries, evaluationYear, plan } = answer;
  const L = locale === "zh";
  const years = [...new Set(entries.map((e) => e.targetYear))].sort((a, b) => a - b);
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">
          <Link href={withAsOf("/progress", choice.day)}>{t.progress.indicator.back}</Link> · {t.progress.indicator.eyebrow}
        </div>
        <h1 data-testid="indicator-name">{L ? indicator.nameZh : indicator.nameEn}</h1>
        <p className="muted small">{L ? indicator.definitionZh : indicator.definitionEn}</p>
        <AsOfForm path={`/progress/indicators/${code}`} day={choice.day} evaluationYear={evaluationYear} invalid={choice.invalid} moment={choice.timestamp ? choice.asOf : undefined} keep={{ plan: sp.plan }} t={t} />
      </div>
      {entries.length === 0 ? <p className="empty">{t.progress.indicator.noTargets}</p> : null}
      <p className="muted small">{fill(t.progress.indicator.intro, { outlook: String(plan.outlookYear) })}</p>
      <ChartLegend t={t} />
      <StatusLegend t={t} locale={locale} />
      {years.map((year) => {
        const list = entries.filter((e) => e.targetYear === year);
        return (
          <section key={year}>
            <h2>{fill(phaseOf(year, evaluationYear) === "final" ? t.progress.phase.final : t.progress.phase.schedule, { year: String(year) })}</h2>
            <StatusCounts counts={countStatuses(list.map((e) => e.status))} total={list.length} t={t} locale={locale} />
            <div className="small-multiples">
              {list.map((e) => (
                <TargetCard key={e.targetId} entry={e} siblings={entries} evaluationYear={evaluationYear} baseYear={plan.baseYear} outlookYear={plan.outlookYear} titleBy="region" day={choice.day} t={t} locale={locale} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
