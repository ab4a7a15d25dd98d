import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ReportBuilder } from "@/components/reports/report-builder";
import { requirePageUser } from "@/lib/auth/page-actor";
import { reportResource } from "@/lib/data/report-access";
import { getReport } from "@/lib/data/reports";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";
import { builderOptions, builderText, reportState } from "../../builder-setup";
import { orNotFound, reportIdOf } from "../../load-report";

export const metadata: Metadata = { title: "编辑报告 Edit report" };

export default async function EditReportPage({ params }: { params: Promise<{ id: string }> }) {
  const id = reportIdOf((await params).id);
  const actor = await requirePageUser(`/reports/${id}/edit`);
  const report = await orNotFound(getReport(actor, id));
  if (!can(actor, "report.update", reportResource({ id, ownerId: report.owner.id, visibility: report.visibility }))) redirect(`/reports/${id}`);
  const { locale, t } = await getDictionary();
  const options = await builderOptions(actor, locale);
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">
          <a href={`/reports/${id}`}>{report.title}</a>
        </div>
        <h1>{t.reports.builder.editTitle}</h1>
      </div>
      <ReportBuilder initial={reportState(report)} reportId={id} version={report.version} options={options} text={builderText(t, locale)} />
    </>
  );
}
