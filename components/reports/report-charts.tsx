import { SeriesChart } from "@/components/reports/series-chart";
import { StatusBadge } from "@/components/reports/status-badge";
import type { ReportData } from "@/lib/data/report-data";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/format";
import { buildSeriesRows } from "@/lib/reports/chart-series";
import { groupCharts } from "@/lib/reports/chart-groups";

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
  const labels = { actual: v.actual, trajectory: v.trajectory, projection: v.projection, target: v.target, empty: v.noChartData };
  return (
    <div className="report-charts">
      {groups.map((g) => {
        const ind = indicators.get(g.indicator);
        const reg = regions.get(g.adcode) ?? g.figures[0]?.region ?? g.statuses[0]?.region;
        // the first target that is not yet history, else the last one
        const status = g.statuses.find((s) => s.targetYear >= new Date(data.asOf).getUTCFullYear()) ?? g.statuses.at(-1);
        const rows = buildSeriesRows({
          observations: g.figures.map((f) => ({ year: f.year, value: f.value, flags: f.flags })),
          target: status ? { year: status.targetYear, value: status.targetValue } : null,
          trajectory: sel.charts.showTrajectory ? status?.plannedTrajectory : [],
          projection: sel.charts.showProjection ? status?.projection : [],
        });
        const notes = data.report.annotations.filter((a) => a.indicatorCode === g.indicator && a.regionAdcode === g.adcode);
        const unit = ind?.unit ?? g.figures[0]?.unit ?? status?.unit ?? "";
        return (
          <article className={notes.length ? "report-chart-card card report-chart-card--wide" : "report-chart-card card"} key={g.key} data-testid="report-chart-card">
            <header className="report-chart-card__head">
              <h3>
                {ind ? localName(locale, ind) : g.indicator} · {reg ? localName(locale, reg) : g.adcode}
              </h3>
              {status ? <StatusBadge status={status.status} locale={locale} /> : null}
              {pngHref ? (
                <a className="report-chart-card__png" href={pngHref(g.key)} download>
                  {t.reports.exports.pngChart}
                </a>
              ) : null}
            </header>
            <div className={notes.length ? "report-chart-card__body has-notes" : "report-chart-card__body"}>
              <SeriesChart
                chartKey={g.key}
                rows={rows}
                unitLabel={formatUnit(unit, locale)}
                labels={rows.some((r) => r.flagged) ? { ...labels, flagged: v.flagged } : labels}
                showTrajectory={sel.charts.showTrajectory}
                showProjection={sel.charts.showProjection}
                locale={locale}
                // a single chart (the PNG export) is drawn large
                width={print ? (only ? PRINT_WIDTH.single : notes.length ? PRINT_WIDTH.withNotes : PRINT_WIDTH.half) : undefined}
                height={print ? (only ? 320 : PRINT_HEIGHT) : undefined}
              />
              {notes.length ? (
                <aside className="report-notes" aria-label={v.annotations}>
                  {notes.map((n) => (
                    <p key={n.id} className="report-note">
                      {n.year ? <strong>{n.year}{t.reports.colon}</strong> : null}
                      {n.body}
                    </p>
                  ))}
                </aside>
              ) : null}
            </div>
            {status ? <p className="small muted report-chart-card__why">{status.explanation[locale]}</p> : null}
          </article>
        );
      })}
    </div>
  );
}
