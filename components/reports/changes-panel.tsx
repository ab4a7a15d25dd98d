import { StatusBadge } from "@/components/reports/status-badge";
import { percent } from "@/components/reports/lens-value";
import type { ReportData } from "@/lib/data/report-data";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import { formatDateTime, formatNumber, formatUnit } from "@/lib/format";
import type { FigureChange, ReportChanges } from "@/lib/reports/diff";

type Side = FigureChange["before"];

/** "What changed since" a pinned report: both values of every changed figure and status. */
export function ChangesPanel({ changes, data, t, locale }: { changes: ReportChanges & { pinnedAt: string }; data: ReportData; t: Dictionary; locale: Locale }) {
  const c = t.reports.changes;
  const indicators = new Map(data.indicators.map((i) => [i.code, i]));
  const regions = new Map(data.regions.map((r) => [r.adcode, r]));
  const indName = (code: string) => (indicators.get(code) ? localName(locale, indicators.get(code)!) : code);
  const regName = (adcode: string) => (regions.get(adcode) ? localName(locale, regions.get(adcode)!) : adcode);
  const unit = (code: string) => formatUnit(indicators.get(code)?.unit ?? "", locale);
  const side = (s: Side, code: string) =>
    s ? (
      <>
        {formatNumber(Number(s.value), locale, 4)} {unit(code)}
        <div className="muted small">{s.source}</div>
        {s.flags.map((f) => (
          <span key={f} className="tag tag--flag">
            {t.flags[f] ?? f}
          </span>
        ))}
      </>
    ) : (
      "—"
    );
  const empty = changes.figures.length === 0 && changes.statuses.length === 0;
  return (
    <section className="report-section report-changes card" data-testid="report-changes">
      <h2>{c.title}</h2>
      <p className="muted">{fill(c.intro, { pinned: formatDateTime(changes.pinnedAt, locale) })}</p>
      {empty ? <p className="empty">{c.none}</p> : null}
      {changes.figures.length > 0 ? (
        <>
          <h3>{c.figures}</h3>
          <div className="table-wrap">
            <table className="data report-table" data-testid="changed-figures">
              <thead>
                <tr>
                  <th>{t.common.region}</th>
                  <th>{t.common.indicator}</th>
                  <th className="num">{t.common.year}</th>
                  <th />
                  <th>{c.then}</th>
                  <th>{c.now}</th>
                </tr>
              </thead>
              <tbody>
                {changes.figures.map((f) => (
                  <tr key={`${f.indicator}|${f.region}|${f.year}`}>
                    <td>{regName(f.region)}</td>
                    <td>{indName(f.indicator)}</td>
                    <td className="num">{f.year}</td>
                    <td className="small">
                      {c.kinds[f.kind]}
                      {f.kind === "changed" ? `${t.reports.colon}${f.fields.map((x) => c.fields[x]).join(locale === "zh" ? "、" : ", ")}` : ""}
                    </td>
                    <td>{side(f.before, f.indicator)}</td>
                    <td>{side(f.after, f.indicator)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {changes.statuses.length > 0 ? (
        <>
          <h3>{c.statuses}</h3>
          <div className="table-wrap">
            <table className="data report-table" data-testid="changed-statuses">
              <thead>
                <tr>
                  <th>{t.common.region}</th>
                  <th>{t.common.indicator}</th>
                  <th className="num">{t.reports.view.targetYear}</th>
                  <th>{c.then}</th>
                  <th>{c.now}</th>
                </tr>
              </thead>
              <tbody>
                {changes.statuses.map((s) => (
                  <tr key={s.targetId}>
                    <td>{regName(s.region)}</td>
                    <td>{indName(s.indicator)}</td>
                    <td className="num">{s.targetYear}</td>
                    <td>
                      {s.before ? (
                        <>
                          <StatusBadge status={s.before.status} locale={locale} /> {percent(s.before.completion, locale)}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td>
                      {s.after ? (
                        <>
                          <StatusBadge status={s.after.status} locale={locale} /> {percent(s.after.completion, locale)}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
