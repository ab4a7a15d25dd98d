import type { Metadata } from "next";
import Link from "next/link";
import { AsOfForm } from "@/components/progress/as-of-form";
import { HeatMatrixTable } from "@/components/progress/heat-matrix";
import { StatusCounts } from "@/components/progress/status-counts";
import { StatusLegend } from "@/components/progress/status-legend";
import { ClusterMapSvg } from "@/components/map/cluster-map-svg";
import { BaselineCards } from "@/components/plan/baseline-cards";
import { requirePageUser } from "@/lib/auth/page-actor";
import { getDefaultPlanSlug } from "@/lib/data/plans";
import { getProgressOverview } from "@/lib/data/progress-overview";
import { fill } from "@/lib/i18n/dictionary";
import { getDictionary } from "@/lib/i18n/server-locale";
import { readAsOfParam } from "@/lib/validation/as-of";

export const metadata: Metadata = { title: "监测看板 Progress" };

const CLUSTER = "CHENGYU";
const MAX_ROWS = 30;
const MAX_COLUMNS = 12;
const MAP_FRAME = { width: 760, height: 520, padding: 36 };

type Props = { searchParams: Promise<{ asOf?: string; plan?: string; map?: string; rows?: string; cols?: string }> };

export default async function ProgressPage({ searchParams }: Props) {
  const sp = await searchParams;
  const actor = await requirePageUser("/progress");
  const { locale, t } = await getDictionary();
  const p = t.progress;
  const choice = readAsOfParam(sp.asOf);
  const planSlug = sp.plan ?? (await getDefaultPlanSlug(actor));
  const overview = planSlug
    ? await getProgressOverview(actor, {
        planSlug,
        asOf: choice.asOf,
        clusterAdcode: CLUSTER,
        frame: MAP_FRAME,
        maxRows: sp.rows === "all" ? undefined : MAX_ROWS,
        maxColumns: sp.cols === "all" ? undefined : MAX_COLUMNS,
        mapIndicator: sp.map,
      })
    : null;
  if (!overview) return <p className="empty">{t.overview.noPlan}</p>;
  const { model, map, indicators, cluster, mapIndicator } = overview;
  const { evaluationYear, plan } = overview.summary;
  const { groups, matrix, populations } = model;
  const targetIndicators = indicators.filter((i) => model.indicators.includes(i.code));
  const L = locale === "zh";
  const query = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams(Object.entries({ asOf: choice.day ?? undefined, plan: sp.plan, ...extra }).filter((e): e is [string, string] => e[1] !== undefined));
    return q.size ? `/progress?${q}` : "/progress";
  };

  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{t.nav.progress}</div>
        <h1>{p.title}</h1>
        <p className="muted">{p.intro}</p>
        <AsOfForm path="/progress" day={choice.day} evaluationYear={evaluationYear} invalid={choice.invalid} keep={{ plan: sp.plan }} t={t} />
      </div>

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
        <HeatMatrixTable matrix={matrix} day={choice.day} t={t} locale={locale} showAllHref={query({ rows: "all", cols: sp.cols })} showAllColumnsHref={query({ cols: "all", rows: sp.rows })} />
      </section>

      <section>
        <h2>{p.map.title}</h2>
        <nav className="chips" aria-label={p.map.colourBy}>
          <span className="muted small">{p.map.colourBy}：</span>
          <Link className={mapIndicator ? "chip" : "chip chip--active"} href={query({ map: undefined })}>
            {p.map.allTargets}
          </Link>
          {targetIndicators.map((i) => (
            <Link key={i.code} className={mapIndicator === i.code ? "chip chip--active" : "chip"} href={query({ map: i.code })}>
              {L ? i.nameZh : i.nameEn}
            </Link>
          ))}
        </nav>
        <ClusterMapSvg map={map} populations={populations} day={choice.day} t={t} locale={locale} />
      </section>

      <section>
        <h2>{p.baseline.title}</h2>
        <p className="muted small">{p.baseline.note}</p>
        <div className="grid grid--two">
          <BaselineCards title={t.overview.baselineTitle} note={t.overview.baselineNote} year={plan.baseYear} cluster={cluster} comparisons={[]} indicators={indicators} t={t} locale={locale} testId="progress-baseline" />
          <BaselineCards title={t.overview.latestTitle} note={t.overview.latestNote} cluster={cluster.filter((o) => o.year > plan.baseYear)} comparisons={[]} indicators={indicators} t={t} locale={locale} testId="progress-latest" />
        </div>
      </section>
    </>
  );
}
