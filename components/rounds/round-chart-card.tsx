import { ProgressChart } from "@/components/charts/progress-chart";
import { StatusBadge } from "@/components/reports/status-badge";
import type { RoundPrintCard } from "@/lib/data/round-print";
import { formatUnit, formatValue } from "@/lib/format";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { roundPrintStrings } from "@/lib/i18n/strings/round-print";
import { buildChartSeries } from "@/lib/progress/chart-series";
import { entryChartInput } from "@/lib/progress/entry-chart-input";
import { statusLabel } from "@/lib/progress/status";

// the size the report print page draws a chart taking a whole row (components/reports/report-charts.tsx)
const SIZE = { width: 640, height: 240 };

/**
 * The note under a frozen round's chart: the figure its frozen status rested on (`basis`;
 * the latest figure for results frozen before the basis was recorded), and the latest
 * figure now when it is not the one the freeze saw.
 */
function frozenNote(card: RoundPrintCard, locale: Locale): string | null {
  const f = card.frozen;
  if (!f) return null;
  const s = roundPrintStrings[locale];
  const e = card.entry;
  const status = statusLabel(f.status, locale);
  const value = (v: number) => formatValue(v, e.unit, locale);
  const basis = f.basis !== undefined ? f.basis : f.latest;
  const used = basis ? fill(s.frozenUsed, { year: String(basis.year), value: value(basis.value), status }) : fill(s.frozenNoFigure, { status });
  const moved = e.latest && (!f.latest || e.latest.year !== f.latest.year || e.latest.value !== f.latest.value);
  return moved && e.latest
    ? `${used}${locale === "zh" ? "" : " "}${fill(s.revisedSince, { year: String(e.latest.year), value: value(e.latest.value) })}`
    : used;
}

/**
 * One target of a round's 年度监测报告, charted: indicator · region, status (the frozen one
 * once frozen), the progress chart of the live series and, for a frozen round, the figure
 * the round used (`data-chart-note`: the Word file prints it under the chart's picture).
 */
export function RoundChartCard({
  card,
  evaluationYear,
  spanYears,
  t,
  locale,
}: {
  card: RoundPrintCard;
  evaluationYear: number;
  spanYears: number[];
  t: Dictionary;
  locale: Locale;
}) {
  const e = card.entry;
  const c = t.progress.chart;
  const title = { indicator: localName(locale, { nameZh: e.indicatorNameZh, nameEn: e.indicatorNameEn }), region: localName(locale, e.region) };
  const series = buildChartSeries(entryChartInput(e, card.siblings, evaluationYear, spanYears));
  const note = frozenNote(card, locale);
  return (
    <article className="report-chart-card card report-chart-card--wide" data-testid="round-chart-card" data-target={e.targetId}>
      <header className="report-chart-card__head">
        <h3>
          {title.indicator} · {title.region}
        </h3>
        <StatusBadge status={card.frozen?.status ?? e.status} locale={locale} />
      </header>
      {series.hasData ? (
        <ProgressChart
          chartKey={`${e.indicator}:${e.region.adcode}:${e.targetId}`}
          rows={series.rows}
          config={{
            labels: { actual: c.actual, planned: c.planned, projection: c.projection, target: c.target, flagged: c.flagged },
            unit: formatUnit(e.unit, locale),
            locale,
            ariaLabel: fill(c.chartLabel, { region: title.region, indicator: title.indicator }),
          }}
          size={SIZE}
        />
      ) : (
        // no data-chart: nothing for the renderer to wait for or photograph
        <p className="empty chart-empty">{roundPrintStrings[locale].noData}</p>
      )}
      {note ? (
        <p className="small round-chart-card__frozen" data-chart-note data-testid="round-chart-frozen">
          {note}
        </p>
      ) : null}
      <p className="small muted report-chart-card__why">{(card.frozen ?? e).explanation[locale]}</p>
    </article>
  );
}
