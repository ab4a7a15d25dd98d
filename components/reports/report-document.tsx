import { ChangesPanel } from "@/components/reports/changes-panel";
import { Commentary } from "@/components/reports/commentary";
import { FiguresTable } from "@/components/reports/figures-table";
import { StatusLegend } from "@/components/progress/status-legend";
import { ReportCharts } from "@/components/reports/report-charts";
import { ReportHeader } from "@/components/reports/report-header";
import { ReportWarnings } from "@/components/reports/report-warnings";
import { StatusTable } from "@/components/reports/status-table";
import type { ReportData } from "@/lib/data/report-data";
import { MAX_REPORT_FIGURES } from "@/lib/data/report-figures";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { ReportChanges } from "@/lib/reports/diff";

interface Props {
  data: ReportData;
  changes: (ReportChanges & { pinnedAt: string }) | null;
  t: Dictionary;
  locale: Locale;
  /** Print: fixed-size charts, no interactive bits. */
  print?: boolean;
  only?: string;
  pngHref?: ((key: string) => string) | null;
}

/**
 * The report itself, read-only: the same markup for the app view, the share page and
 * the print page. It holds no link into the app (the share page must not have any).
 */
export function ReportDocument({ data, changes, t, locale, print = false, only, pngHref = null }: Props) {
  const v = t.reports.view;
  if (only) {
    return <ReportCharts data={data} t={t} locale={locale} print={print} only={only} pngHref={null} />;
  }
  const series = data.report.selection.charts.kind === "series";
  return (
    <div className={print ? "report report--print" : "report"} data-testid="report-document">
      <ReportHeader data={data} t={t} locale={locale} />
      <Commentary source={data.report.commentary} title={v.commentary} />
      {changes ? <ChangesPanel changes={changes} data={data} t={t} locale={locale} /> : null}
      <section className="report-section">
        <h2>{v.statuses}</h2>
        {data.statuses.length > 0 ? <StatusLegend t={t} locale={locale} /> : null}
        <StatusTable statuses={data.statuses} lens={data.report.selection.lens} t={t} locale={locale} />
      </section>
      {data.warnings ? <ReportWarnings warnings={data.warnings} t={t.rounds.warnings} locale={locale} /> : null}
      {series ? (
        <section className="report-section">
          <h2>{v.charts}</h2>
          <ReportCharts data={data} t={t} locale={locale} print={print} pngHref={pngHref} />
        </section>
      ) : null}
      <section className="report-section report-section--figures">
        <h2>{v.figures}</h2>
        {data.truncated ? <p className="form-error">{fill(v.truncated, { n: String(MAX_REPORT_FIGURES) })}</p> : null}
        <FiguresTable figures={data.figures} t={t} locale={locale} />
      </section>
    </div>
  );
}
