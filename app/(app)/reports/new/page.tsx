import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ReportBuilder } from "@/components/reports/report-builder";
import { requirePageUser } from "@/lib/auth/page-actor";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";
import { builderOptions, builderText, newReportState } from "../builder-setup";

export const metadata: Metadata = { title: "新建报告 New report" };

export default async function NewReportPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const actor = await requirePageUser("/reports/new");
  // comfort only: createReport authorizes again
  if (!can(actor, "report.create")) redirect("/reports");
  const { locale, t } = await getDictionary();
  const options = await builderOptions(actor, locale);
  return (
    <>
      <div className="page-head">
        <h1>{t.reports.builder.newTitle}</h1>
      </div>
      <ReportBuilder initial={newReportState(options, (await searchParams).plan)} options={options} text={builderText(t, locale)} />
    </>
  );
}
