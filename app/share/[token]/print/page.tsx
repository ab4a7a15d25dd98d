import { notFound } from "next/navigation";
import { ReportDocument } from "@/components/reports/report-document";
import { hasChart } from "@/lib/reports/chart-groups";
import { getSharedReport } from "@/lib/data/shared-report";
import { getDictionary } from "@/lib/i18n/server-locale";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ chart?: string }> };

/** The print rendering of a shared report, loaded by the PDF/PNG renderer (not counted as a view). */
export default async function SharedReportPrintPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { chart } = await searchParams;
  const shared = await getSharedReport(token, { countView: false, withChanges: !chart });
  if (!shared) notFound();
  const { data, changes } = shared;
  if (chart && !hasChart(data.figures, data.statuses, chart)) notFound();
  const { locale, t } = await getDictionary();
  return <ReportDocument data={data} changes={changes} t={t} locale={locale} print only={chart} />;
}
