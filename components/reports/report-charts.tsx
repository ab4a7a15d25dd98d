import { ChartLegend } from "@/components/charts/chart-legend";
import { ProgressChart } from "@/components/charts/progress-chart";
import { StatusBadge } from "@/components/reports/status-badge";
import type { ReportData } from "@/lib/data/report-data";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/format";
import { buildChartSeries } from "@/lib/progress/chart-series";
import { groupCharts } from "@/lib/reports/chart-groups";
import { reportChartInput } from "@/lib/reports/chart-input";
import { printRows } from "@/lib/reports/print-rows";

// A4 content width at 96 dpi is ~700 px: in print, charts sit two to a row; a chart
// with annotations takes the whole row, its notes beside it.
const PRINT_WIDTH = { half: 318, withNotes: 440, single: 640 };
const PRINT_HEIGHT = 200;

interface Props {
  data: ReportData;
  t: Dictionary;
  locale: Locale;
  print: boolean;
  /** Only this chart ("<indicator>:<adcode>"), for the PNG export. */
  only?: string;
  /** Where a chart's PNG downloads from; null = no PNG links. */
  pngHref: ((key: string) => string) | null;
}

/** One chart per indicator × region, with the annotations pinned to it beside it. */
export function ReportCharts({ data, t, locale, print, only, pngHref }: Props) {
  const v = t.reports.view;
  const sel = data.report.selection;
  const groups = groupCharts(data.figures, data.statuses).filter((g) => !only || g.key === only);
  const indicators = new Map(data.indicators.map((i) => [i.code, i]));
  const regions = new Map(data.regions.map((r) => [r.adcode, r]));
  const c = t.progress.chart;
  const labels = { actual: c.actual, planned: c.planned, projection: c.projection, target: c.target, flagged: c.flagged };
  const asOfYear = new Date(data.asOf).getUTCFullYear();
  const show = { trajectory: sel.charts.showTrajectory, projection: sel.charts.showProjection };
  const seriesOf = (g: (typeof groups)[number], spanYears?: number[]) => {
    const { status, input } = reportChartInput(g, asOfYear, show, spanYears);
    return { g, status, series: buildChartSeries(input) };
  };
  // small multiples share one x-axis: every chart spans the years any of them draws
  const first = groups.map((g) => seriesOf(g));
  const years = first
    .flatMap((p) => (p.series.drawable ? [p.series.rows[0]?.year, p.series.rows.at(-1)?.year] : []))
    .filter((y): y is number => y !== undefined);
  const span = years.length ? [Math.min(...years), Math.max(...years)] : undefined;
  const prepared = span ? groups.map((g) => seriesOf(g, span)) : first;
  const cards = prepared.map(({ g, status, series }) => {
    const ind = indicators.get(g.indicator);
    const reg = regions.get(g.adcode) ?? g.figures[0]?.region ?? g.statuses[0]?.region;
    const notes = data.report.annotations.filter((a) => a.indicatorCode === g.indicator && a.regionAdcode === g.adcode);
    const unit = ind?.unit ?? g.figures[0]?.unit ?? status?.unit ?? "";
    const title = { indicator: ind ? localName(locale, ind) : g.indicator, region: reg ? localName(locale, reg) : g.adcode };
    const card = (
      <article
        className={notes.length ? "report-chart-card card report-chart-card--wide" : "report-chart-card card"}
        key={g.key}
        data-testid="report-chart-card"
      >
        <header className="report-chart-card__head">
          <h3>
            {title.indicator} · {title.region}
          </h3>
          {status ? <StatusBadge status={status.status} locale={locale} /> : null}
          {pngHref ? (
            <a className="report-chart-card__png" href={pngHref(g.key)} download>
              {t.reports.exports.pngChart}
            </a>
          ) : null}
        </header>
        <div className={notes.length ? "report-chart-card__body has-notes" : "report-chart-card__body"}>
          {series.drawable ? (
            <ProgressChart
              chartKey={g.key}
              rows={series.rows}
              config={{ labels, unit: formatUnit(unit, locale), locale, ariaLabel: fill(c.chartLabel, { region: title.region, indicator: title.indicator }) }}
              // a single chart (the PNG export) is drawn large
              size={
                print
                  ? { width: only ? PRINT_WIDTH.single : notes.length ? PRINT_WIDTH.withNotes : PRINT_WIDTH.half, height: only ? 320 : PRINT_HEIGHT }
                  : undefined
              }
            />
          ) : (
            // data-chart-empty: the renderer waits for every [data-chart] to draw or to say it is empty
            <p className="empty chart-empty" data-chart={g.key} data-chart-empty="">
              {c.empty}
            </p>
          )}
          {notes.length ? (
            <aside className="report-notes" aria-label={v.annotations}>
              {notes.map((n) => (
                <p key={n.id} className="report-note">
                  {n.year ? (
                    <strong>
                      {n.year}
                      {t.reports.colon}
                    </strong>
                  ) : null}
                  {n.body}
                </p>
              ))}
            </aside>
          ) : null}
        </div>
        {status ? <p className="small muted report-chart-card__why">{status.explanation[locale]}</p> : null}
      </article>
    );
    return { key: g.key, wide: notes.length > 0, card };
  });
  return (
    <>
      {groups.length > 0 ? <ChartLegend t={t} show={{ planned: sel.charts.showTrajectory, projection: sel.charts.showProjection }} /> : null}
      {print && !only ? (
        // in print: rows that never split, the last kept with the one before (lib/reports/print-rows.ts)
        <div className="report-charts report-charts--rows">
          {printRows(cards.map((c) => c.wide)).map((row) => (
            <div
              className={row.keepWithPrevious ? "report-chart-row report-chart-row--keep" : "report-chart-row"}
              key={cards[row.cards[0]!]!.key}
              data-testid="report-chart-row"
            >
              {row.cards.map((i) => cards[i]!.card)}
            </div>
          ))}
        </div>
      ) : (
        <div className="report-charts">{cards.map((c) => c.card)}</div>
      )}
    </>
  );
}
