import "server-only";
import { parseQuery } from "@/lib/api/query";
import { contentDisposition, exportReportCsv, exportReportXlsx, type ExportFile } from "@/lib/data/report-export";
import { exportReportDocx } from "@/lib/data/report-docx";
import { renderReportFile } from "@/lib/data/report-render";
import { localeOf } from "@/lib/i18n/locale";
import type { Actor } from "@/lib/permissions";
import { exportQuerySchema } from "@/lib/validation/report";

/** One export of a report as a download, for the API route and the share route alike. */
export async function exportResponse(actor: Actor, reportId: number, req: Request, shareToken?: string): Promise<Response> {
  const query = parseQuery(req, exportQuerySchema);
  let file: ExportFile;
  // every export is in the reader's language
  const locale = localeOf(req.headers);
  if (query.format === "csv") file = await exportReportCsv(actor, reportId, locale);
  else if (query.format === "xlsx") file = await exportReportXlsx(actor, reportId, locale);
  else if (query.format === "docx") file = await exportReportDocx(actor, reportId, locale, { shareToken });
  else file = await renderReportFile(actor, reportId, query.format, { locale, chart: query.chart, shareToken });
  return new Response(file.body as BodyInit, {
    status: 200,
    headers: {
      "content-type": file.contentType,
      "content-disposition": contentDisposition(file),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
