import { clauseLabel } from "@/lib/i18n/plan-clause";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { ChartLegend } from "@/components/charts/chart-legend";
import { AsOfForm } from "@/components/progress/as-of-form";
import { LatestFigures } from "@/components/progress/latest-figures";
import { TargetCard } from "@/components/progress/target-card";
import { ObservationTable } from "@/components/tables/observation-table";
import { TargetTable } from "@/components/tables/target-table";
import { listIndicators } from "@/lib/data/indicators";
import { listObservations } from "@/lib/data/observations";
import { selectPlan } from "@/lib/data/plan-selection";
import { getProgress } from "@/lib/data/progress";
import { getRegion } from "@/lib/data/regions";
import { listTargets } from "@/lib/data/targets";
import { targetAssignments } from "@/lib/data/unit-assignments";
import { getDictionary } from "@/lib/i18n/server-locale";
import { requirePageUser } from "@/lib/auth/page-actor";
import { chinaYear, readAsOfParam } from "@/lib/validation/as-of";

type Params = { params: Promise<{ adcode: string }>; searchParams?: Promise<{ asOf?: string; plan?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: (await params).adcode };
}

export default async function RegionPage({ params, searchParams }: Params) {
  const { adcode } = await params;
  const actor = await requirePageUser(`/regions/${adcode}`);
  const { locale, t } = await getDictionary();
  // the session check and the 404 lookup come before the Suspense boundary: once the
  // response streams, redirect()/notFound() can no longer set a status
  const region = await getRegion(actor, adcode);
  if (!region) notFound();
  const { asOf, plan } = (await searchParams) ?? {};
  const L = locale === "zh";
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">
          <Link href="/regions">{t.common.backToList}</Link>
        </div>
        <h1 data-testid="region-name">{L ? region.nameZh : region.nameEn}</h1>
        <div className="page-head__meta">
          <span lang={L ? "en" : "zh-CN"}>{L ? region.nameEn : region.nameZh}</span>
          <span>
            {t.common.code}
            {t.colon}
            {region.adcode}
          </span>
          <span>{t.levels[region.level] ?? region.level}</span>
          {region.parent ? (
            <span>
              {t.common.parent}
              {t.colon}
              <Link href={`/regions/${region.parent.adcode}`}>{L ? region.parent.nameZh : region.parent.nameEn}</Link>
            </span>
          ) : null}
          <span>
            {t.common.inCluster}
            {t.colon}
            {t.membership[region.inCluster]}
            {region.inClusterNote ? `（${region.inClusterNote}）` : ""}
          </span>
          {region.aliases.length > 0 ? (
            <span>
              {t.common.aliases}
              {t.colon}
              <span lang="zh-CN">{region.aliases.map((a) => a.alias).join("、")}</span>
            </span>
          ) : null}
        </div>
      </div>

      <section data-testid="region-roles">
        <h2>{t.region.rolesTitle}</h2>
        {region.roles.length === 0 ? <p className="empty">{t.common.none}</p> : null}
        <div className="grid grid--two">
          {region.roles.map((r) => (
            <div className="card" key={r.role}>
              <div className="eyebrow">
                {t.roleKinds[r.role]} · {clauseLabel(r.clause, locale)}
              </div>
              <p>{L ? r.textZh : r.textEn}</p>
            </div>
          ))}
        </div>
      </section>

      {region.memberships.length > 0 ? (
        <section data-testid="region-memberships">
          <h2>{t.region.membershipsTitle}</h2>
          <div className="chips">
            {region.memberships.map((m) => (
              <span className="chip" key={m.key} title={m.clause ? clauseLabel(m.clause, locale) : undefined}>
                {t.goalKinds[m.kind] ?? m.kind}
                {t.colon}
                {L ? m.titleZh : m.titleEn}
              </span>
            ))}
          </div>
        </section>
      ) : null}

      <Suspense fallback={<PageSkeleton label={t.common.loading} blocks={2} />}>
        <RegionData adcode={adcode} asOf={asOf} plan={plan} />
      </Suspense>

      {region.children.length > 0 ? (
        <section>
          <h2>{t.region.children}</h2>
          <div className="chips">
            {region.children.map((c) => (
              <Link className="chip" key={c.adcode} href={`/regions/${c.adcode}`}>
                {L ? c.nameZh : c.nameEn}
              </Link>
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}

/** The slow part: the region's targets evaluated, its figures as of the chosen day. */
async function RegionData({ adcode, asOf, plan }: { adcode: string; asOf: string | undefined; plan: string | undefined }) {
  const actor = await requirePageUser(`/regions/${adcode}`);
  const { locale, t } = await getDictionary();
  const choice = readAsOfParam(asOf);
  const planSlug = await selectPlan(actor, plan);
  const [targets, observations, indicators, progress] = await Promise.all([
    listTargets(actor, { region: adcode }),
    listObservations(actor, { region: adcode, asOf: choice.asOf }),
    listIndicators(actor),
    planSlug ? getProgress(actor, { planSlug, region: adcode, asOf: choice.asOf }) : null,
  ]);
  const L = locale === "zh";
  const names = new Map(indicators.map((i) => [i.code, L ? i.nameZh : i.nameEn]));
  return (
    <>
      <AsOfForm
        path={`/regions/${adcode}`}
        day={choice.day}
        evaluationYear={progress?.evaluationYear ?? chinaYear(choice.asOf ?? new Date())}
        invalid={choice.invalid}
        moment={choice.timestamp ? choice.asOf : undefined}
        t={t}
      />

      {progress && progress.entries.length > 0 ? (
        <section data-testid="region-progress">
          <h2>{t.progress.region.progressTitle}</h2>
          <ChartLegend t={t} />
          <div className="small-multiples">
            {progress.entries.map((e) => (
              <TargetCard
                key={e.targetId}
                entry={e}
                siblings={progress.entries}
                evaluationYear={progress.evaluationYear}
                baseYear={progress.plan.baseYear}
                outlookYear={progress.plan.outlookYear}
                titleBy="indicator"
                day={choice.day}
                t={t}
                locale={locale}
              />
            ))}
          </div>
        </section>
      ) : null}

      <section>
        <h2>{t.progress.region.latestTitle}</h2>
        <LatestFigures rows={observations} names={names} t={t} locale={locale} />
      </section>

      <section>
        <h2>{t.region.targetsTitle}</h2>
        {targets.length === 0 ? (
          <p className="empty">{t.region.noTargets}</p>
        ) : (
          <TargetTable rows={targets} t={t} locale={locale} showRegion={false} leads={await leadUnits(targets.map((x) => x.id))} />
        )}
      </section>

      <section>
        <h2>{t.region.observationsTitle}</h2>
        {observations.length === 0 ? (
          <p className="empty">{t.region.noObservations}</p>
        ) : (
          <ObservationTable rows={observations} names={names} t={t} locale={locale} />
        )}
      </section>
    </>
  );
}

/** Each target's 牵头单位, for the read-only "Lead unit" column. */
async function leadUnits(ids: number[]) {
  const a = await targetAssignments(ids);
  return new Map(ids.map((id) => [id, a.get(id)?.lead ?? null]));
}
