import { textLang } from "@/lib/i18n/text-lang";
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listReports, type ReportSummary } from "@/lib/data/reports";
import { listAllShareLinks } from "@/lib/data/share-links";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { getDictionary } from "@/lib/i18n/server-locale";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "报告 Reports" };

function ReportTable({ rows, t, locale, testId }: { rows: ReportSummary[]; t: Dictionary; locale: Locale; testId: string }) {
  const r = t.reports;
  return (
    <div className="table-wrap">
      <table className="data" data-testid={testId}>
        <thead>
          <tr>
            <th>{r.columns.title}</th>
            <th>{r.columns.owner}</th>
            <th>{r.columns.visibility}</th>
            <th>{r.columns.moment}</th>
            <th>{r.columns.updated}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => (
            <tr key={x.id}>
              <td>
                <Link href={`/reports/${x.id}`} lang={textLang(x.title)}>
                  {x.title}
                </Link>
                {x.description ? (
                  <div className="muted small" lang={textLang(x.description)}>
                    {x.description}
                  </div>
                ) : null}
              </td>
              <td>{x.owner.name}</td>
              <td>{r.visibility[x.visibility]}</td>
              <td>{x.pinnedAt ? `${r.pinned} ${formatDateTime(x.pinnedAt, locale)}` : r.live}</td>
              <td>{formatDateTime(x.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ReportsPage() {
  const actor = await requirePageUser("/reports");
  const { locale, t } = await getDictionary();
  const r = t.reports;
  const { mine, team } = await listReports(actor);
  const allLinks = actor.role === "admin" ? await listAllShareLinks(actor) : [];
  return (
    <>
      <div className="page-head page-head--row">
        <div>
          <h1>{r.title}</h1>
          <p className="muted">{r.intro}</p>
        </div>
        {can(actor, "report.create") ? (
          <Link className="button" href="/reports/new" data-testid="new-report">
            {r.newReport}
          </Link>
        ) : null}
      </div>
      <section>
        <h2>{r.mine}</h2>
        {mine.length ? <ReportTable rows={mine} t={t} locale={locale} testId="my-reports" /> : <p className="empty">{r.noneMine}</p>}
      </section>
      <section>
        <h2>{r.team}</h2>
        {team.length ? <ReportTable rows={team} t={t} locale={locale} testId="team-reports" /> : <p className="empty">{r.noneTeam}</p>}
      </section>
      {allLinks.length ? (
        <section>
          <h2>{r.share.allLinks}</h2>
          <div className="table-wrap">
            <table className="data" data-testid="all-share-links">
              <thead>
                <tr>
                  <th>{r.share.report}</th>
                  <th>{r.share.createdBy}</th>
                  <th>{r.share.expires}</th>
                  <th className="num">{r.share.views}</th>
                  <th>{r.share.lastView}</th>
                  <th>{r.share.state}</th>
                </tr>
              </thead>
              <tbody>
                {allLinks.map((l) => (
                  <tr key={l.id}>
                    <td>
                      <Link href={`/reports/${l.reportId}`} lang={textLang(l.reportTitle)}>
                        {l.reportTitle}
                      </Link>
                    </td>
                    <td>{l.createdBy}</td>
                    <td>{l.expiresAt ? formatDateTime(l.expiresAt, locale) : r.share.noExpiry}</td>
                    <td className="num">{l.viewCount}</td>
                    <td>{l.lastViewedAt ? formatDateTime(l.lastViewedAt, locale) : r.share.never_viewed}</td>
                    <td>{r.share.states[l.state]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
