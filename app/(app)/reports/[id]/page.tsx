import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/reports/export-links";
import { PrintButton } from "@/components/reports/print-button";
import { ReportDocument } from "@/components/reports/report-document";
import { SharePanel } from "@/components/reports/share-panel";
import { requirePageUser } from "@/lib/auth/page-actor";
import { reportResource } from "@/lib/data/report-access";
import { getReportView } from "@/lib/data/report-data";
import { listShareLinks } from "@/lib/data/share-links";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";
import { DeleteReportButton, DuplicateReportButton } from "@/components/reports/report-toolbar-actions";
import { orNotFound, reportIdOf } from "../load-report";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `报告 Report ${(await params).id}` };
}

export default async function ReportPage({ params }: Params) {
  const id = reportIdOf((await params).id);
  const actor = await requirePageUser(`/reports/${id}`);
  const { locale, t } = await getDictionary();
  const { data, changes } = await orNotFound(getReportView(actor, id, { withChanges: true }));
  const resource = reportResource({ id, ownerId: data.report.owner.id, visibility: data.report.visibility });
  const mayEdit = can(actor, "report.update", resource);
  const mayShare = can(actor, "share.list", resource);
  const links = mayShare ? await listShareLinks(actor, id) : [];
  const r = t.reports;
  const exportBase = `/api/v1/reports/${id}/export`;
  return (
    <>
      <div className="report-toolbar no-print" data-testid="report-toolbar">
        <Link href="/reports">← {r.title}</Link>
        <span className="tag">{r.visibility[data.report.visibility]}</span>
        <span className="muted small">
          {r.owner}
          {r.colon}
          {data.report.owner.name} · v{data.report.version}
        </span>
        <span className="report-toolbar__spacer" />
        {mayEdit ? (
          <Link className="button button--ghost" href={`/reports/${id}/edit`} data-testid="edit-report">
            {r.edit}
          </Link>
        ) : null}
        {can(actor, "report.create") ? <DuplicateReportButton reportId={id} label={r.duplicate} /> : null}
        {can(actor, "report.delete", resource) ? <DeleteReportButton reportId={id} label={r.delete} question={r.deleteConfirm} /> : null}
      </div>
      {can(actor, "report.export", resource) ? (
        <div className="report-toolbar no-print">
          <ExportLinks base={exportBase} t={r} />
          <PrintButton label={r.exports.print} />
        </div>
      ) : null}
      <ReportDocument data={data} changes={changes} t={t} locale={locale} pngHref={(key) => `${exportBase}?format=png&chart=${encodeURIComponent(key)}`} />
      {mayShare ? <SharePanel reportId={id} links={links} mayNeverExpire={can(actor, "share.never_expire", resource)} t={r} locale={locale} /> : null}
    </>
  );
}
