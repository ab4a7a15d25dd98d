import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { ExportLinks } from "@/components/reports/export-links";
import { PrintButton } from "@/components/reports/print-button";
import { ReportDocument } from "@/components/reports/report-document";
import { getSharedReport } from "@/lib/data/shared-report";
import { fill } from "@/lib/i18n/dictionary";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";

type Props = { params: Promise<{ token: string }> };

// the title would otherwise name the report to anyone holding a dead link
export const metadata: Metadata = { title: "共享报告 Shared report" };

/** A report read through a share link: read-only, no app navigation, nothing but this report. */
export default async function SharedReportPage({ params }: Props) {
  const { token } = await params;
  const shared = await getSharedReport(token, { countView: true });
  if (!shared) notFound();
  const { locale, t } = await getDictionary();
  const r = t.reports;
  const { actor, data, changes } = shared;
  const mayExport = can(actor, "report.export", { reportId: actor.reportId });
  const exportBase = `/share/${token}/export`;
  return (
    <>
      <div className="share-bar no-print" data-testid="share-bar">
        <span className="tag">{r.shared.badge}</span>
        <span className="muted small">{fill(r.shared.by, { name: data.report.owner.name })}</span>
        <span className="report-toolbar__spacer" />
        {mayExport ? <ExportLinks base={exportBase} t={r} /> : null}
        <PrintButton label={r.exports.print} />
        <Suspense>
          <LanguageSwitch locale={locale} label={t.switchTo} title={t.switchToLabel} />
        </Suspense>
      </div>
      <ReportDocument
        data={data}
        changes={changes}
        t={t}
        locale={locale}
        pngHref={mayExport ? (key) => `${exportBase}?format=png&chart=${encodeURIComponent(key)}` : null}
      />
    </>
  );
}
