import { textLang } from "@/lib/i18n/text-lang";
import type { ReportData } from "@/lib/data/report-data";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/format";

/** Plan, title, data moment, selection and generation time: the head of every rendering. */
export function ReportHeader({ data, t, locale }: { data: ReportData; t: Dictionary; locale: Locale }) {
  const r = t.reports;
  const sel = data.report.selection;
  const join = (xs: string[]) => xs.join(locale === "zh" ? "、" : ", ");
  const indicators = sel.indicators.length ? join(data.indicators.map((i) => localName(locale, i))) : r.view.allIndicators;
  const regions = sel.regions.length ? join(data.regions.map((g) => localName(locale, g))) : r.view.allRegions;
  return (
    <header className="report-head" data-testid="report-head">
      <div className="eyebrow">
        {r.view.plan}
        {r.colon}
        {data.plan ? localName(locale, data.plan) : sel.plan}
      </div>
      <h1 data-testid="report-title" lang={textLang(data.report.title)}>
        {data.report.title}
      </h1>
      {data.report.description ? (
        <p className="report-head__description" lang={textLang(data.report.description)}>
          {data.report.description}
        </p>
      ) : null}
      <dl className="report-head__meta">
        <div>
          <dt>{r.view.asOf}</dt>
          <dd data-testid="report-as-of">
            {data.live ? r.view.asOfLive : r.view.asOfPinned} <time dateTime={data.asOf}>{formatDateTime(data.asOf, locale)}</time>
            <span className="muted small"> {r.view.chinaTime}</span>
          </dd>
        </div>
        <div>
          <dt>{r.view.filters}</dt>
          <dd>
            {indicators} · {regions} · {sel.years.from}–{sel.years.to} · {r.lenses[sel.lens]}
          </dd>
        </div>
        <div>
          <dt>{r.view.generated}</dt>
          <dd>
            <time dateTime={data.generatedAt}>{formatDateTime(data.generatedAt, locale)}</time>
            <span className="muted small"> {r.view.chinaTime}</span>
          </dd>
        </div>
      </dl>
    </header>
  );
}
