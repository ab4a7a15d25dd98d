import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { ReportDocument } from "@/components/reports/report-document";
import { hasChart } from "@/lib/reports/chart-groups";
import { getReportView } from "@/lib/data/report-data";
import { getDictionary } from "@/lib/i18n/server-locale";
import { getPrintActor } from "@/lib/pdf/print-actor";
import { PRINT_TOKEN_HEADER } from "@/lib/pdf/print-token";
import { orNotFound, reportIdOf } from "../../load-report";

export const metadata: Metadata = { title: "打印 Print", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ chart?: string }> };

/**
 * The report as the PDF/PNG renderer loads it (with a one-minute print token, see
 * lib/pdf/print-token.ts), or as a signed-in user prints it from the browser.
 */
export default async function ReportPrintPage({ params, searchParams }: Props) {
  const id = reportIdOf((await params).id);
  const h = await headers();
  const actor = await getPrintActor(h, { kind: "report", id });
  if (actor.kind === "anonymous") {
    if (h.get(PRINT_TOKEN_HEADER)) notFound();
    redirect(`/login?next=${encodeURIComponent(`/reports/${id}/print`)}`);
  }
  const { chart } = await searchParams;
  const { locale, t } = await getDictionary();
  const { data, changes } = await orNotFound(getReportView(actor, id, { action: "report.export", withChanges: !chart }));
  if (chart && !hasChart(data.figures, data.statuses, chart)) notFound();
  return <ReportDocument data={data} changes={changes} t={t} locale={locale} print only={chart} />;
}
