import Link from "next/link";
import { ChartTable } from "@/components/charts/chart-table";
import { ProgressChart } from "@/components/charts/progress-chart";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatUnit, formatValue } from "@/lib/format";
import { withAsOf } from "@/lib/validation/as-of";
import { kindHeadline } from "@/lib/progress/kind-headline";
import { buildChartSeries } from "@/lib/progress/chart-series";
import { entryChartInput } from "@/lib/progress/entry-chart-input";
import { formatCompletion } from "@/lib/progress/format";
import type { ProgressEntry } from "@/lib/progress/entry";
import type { PlanMarker } from "@/lib/plans/plan-markers";
import { PlanMarkerLegend } from "@/components/plans/plan-marker-legend";
import { StatusChip } from "./status-chip";
import { WhyPanel } from "./why-panel";

interface Props {
  entry: ProgressEntry;
  evaluationYear: number;
  baseYear: number;
  outlookYear: number;
  /** On an indicator page the card is titled by region; on a region page by indicator. */
  titleBy: "region" | "indicator";
  /** The other entries on the page: targets of the same indicator × region extend the planned path (e.g. on to 2030). */
  siblings?: readonly ProgressEntry[];
  day: string | null;
  t: Dictionary;
  locale: Locale;
  /** Targets of every plan for this indicator × region (lib/plans/plan-markers.ts); drawn when another plan has one. */
  planMarkers?: readonly PlanMarker[];
  /** the target's 牵头单位 (a read-only line when given) */
  leadUnit?: { nameZh: string; nameEn: string } | null;
  /** figures of the series submitted and awaiting review (marked, never counted) */
  pending?: { year: number; value: number }[];
}

/** One small multiple: status, chart, its data table and the "why this colour" panel. */
export function TargetCard({
  entry: e,
  evaluationYear,
  baseYear,
  outlookYear,
  titleBy,
  siblings = [],
  day,
  t,
  locale,
  planMarkers = [],
  leadUnit,
  pending = [],
}: Props) {
  const L = locale === "zh";
  const region = L ? e.region.nameZh : e.region.nameEn;
  const indicator = L ? e.indicatorNameZh : e.indicatorNameEn;
  const unit = formatUnit(e.unit, locale);
  const series = buildChartSeries(entryChartInput(e, siblings, evaluationYear, [baseYear, outlookYear, ...planMarkers.map((m) => m.year)]));
  const c = t.progress.chart;
  // completion travels as data too, so a test can compare every view's figure
  return (
    <article
      className="card target-card"
      id={titleBy === "region" ? `r-${e.region.adcode}` : `i-${e.indicator}-${e.targetYear}`}
      data-testid="target-card"
      data-status={e.status}
      data-region={e.region.adcode}
      data-completion={formatCompletion(e.completion)}
    >
      <header className="target-card__head">
        <h3>
          {titleBy === "region" ? (
            <Link href={withAsOf(`/regions/${e.region.adcode}`, day)}>{region}</Link>
          ) : (
            <Link href={withAsOf(`/progress/indicators/${e.indicator}`, day, `r-${e.region.adcode}`)}>{indicator}</Link>
          )}
          <span className="muted small">
            {" "}
            · {e.targetYear}{" "}
            {kindHeadline(
              e.detail,
              { year: e.targetYear, value: e.targetValue, type: e.targetType },
              { zh: formatUnit(e.unit, "zh"), en: formatUnit(e.unit, "en") },
            )?.[locale] ?? fill(t.targetPhrases[e.targetType] ?? "{v}", { v: formatValue(e.targetValue, e.unit, locale) })}
          </span>
        </h3>
        {leadUnit !== undefined ? (
          <p className="small muted" data-testid="lead-unit-line">
            {t.submissions.assignment.leadUnit}: {leadUnit ? (L ? leadUnit.nameZh : leadUnit.nameEn) : "—"}
          </p>
        ) : null}
        {pending.map((p) => (
          <span
            key={p.year}
            className="pending-marker"
            data-testid="pending-marker"
            title={fill(t.submissions.pendingTitle, { value: formatValue(p.value, e.unit, locale) })}
          >
            {t.submissions.pending} {p.year}: {formatValue(p.value, e.unit, locale)}
          </span>
        ))}
        {e.targetYear === outlookYear ? (
          <span className="eyebrow" data-testid="outlook-label">
            {t.planSettings.outlookTarget}
          </span>
        ) : null}
        <StatusChip status={e.status} locale={locale} />
      </header>
      <p className="small target-card__basis" data-testid="basis">
        {e.basis ? fill(c.basis, { value: formatValue(e.basis.value, e.unit, locale), year: String(e.basis.year) }) : c.noBasis}
      </p>
      <p className="small target-card__explanation">{e.explanation[locale]}</p>
      {series.hasData ? (
        <ProgressChart
          rows={series.rows}
          config={{
            labels: { actual: c.actual, planned: c.planned, projection: c.projection, target: c.target, flagged: c.flagged },
            unit,
            locale,
            ariaLabel: fill(c.chartLabel, { region, indicator }),
          }}
          markers={planMarkers.map((m) => ({ plan: m.plan, label: m.label[locale], year: m.year, value: m.value, current: m.current, slot: m.slot }))}
        />
      ) : (
        <p className="empty chart-empty" data-testid="chart-empty">
          {c.empty}
        </p>
      )}
      {planMarkers.length > 0 ? <PlanMarkerLegend markers={planMarkers} unit={e.unit} locale={locale} /> : null}
      <details className="chart-data">
        <summary>{fill(c.tableCaption, { region, indicator, unit })}</summary>
        <ChartTable rows={series.tableRows} caption={fill(c.tableCaption, { region, indicator, unit })} t={t} locale={locale} />
      </details>
      <WhyPanel result={e.detail} unit={{ zh: formatUnit(e.unit, "zh"), en: formatUnit(e.unit, "en") }} outlookYear={outlookYear} t={t} locale={locale} />
    </article>
  );
}
