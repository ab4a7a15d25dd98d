import "server-only";
import { requireReport } from "@/lib/data/report-access";
import type { ExportFile } from "@/lib/data/report-export";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Actor } from "@/lib/permissions";
import { renderElementPng, renderPdf } from "@/lib/pdf/render";
import { PRINT_TOKEN_HEADER, signPrintToken } from "@/lib/pdf/print-token";

/**
 * The print page the renderer loads for this caller, and what lets it in: a one-minute
 * print token for a signed-in caller (lib/pdf/print-token.ts), or the share link's own
 * print URL for a share caller. Call only after report.export is authorized.
 */
export function printTarget(actor: Actor, id: number, shareToken?: string): { path: string; headers?: Record<string, string> } {
  if (actor.kind === "share") {
    if (!shareToken) throw new Error("a share actor renders through its share URL");
    return { path: `/share/${shareToken}/print` };
  }
  if (actor.kind === "user") return { path: `/reports/${id}/print`, headers: { [PRINT_TOKEN_HEADER]: signPrintToken({ kind: "report", id }, actor.userId) } };
  throw new AppError("UNAUTHENTICATED", { zh: "请先登录", en: "Please sign in" });
}

export interface RenderOptions {
  locale: Locale;
  /** PNG: the chart "<indicator>:<adcode>"; default the report's first chart. */
  chart?: string;
  /** For a share actor: the token from the URL, whose own print page the renderer loads. */
  shareToken?: string;
}

/**
 * PDF of a report, or PNG of one of its charts, rendered by headless chromium from the
 * app's print page. Authorizes report.export first; the renderer then gets only what
 * lets it load that one print page: a one-minute print token for a signed-in caller
 * (lib/pdf/print-token.ts), or the share link's own print URL for a share caller.
 */
export async function renderReportFile(actor: Actor, id: number, format: "pdf" | "png", opts: RenderOptions): Promise<ExportFile> {
  const report = await requireReport(actor, id, "report.export");
  const { path, headers } = printTarget(actor, id, opts.shareToken);
  const moment = (report.pinnedAt ?? new Date()).toISOString().slice(0, 10);
  const base = `report-${id}-${moment}`;
  if (format === "pdf") {
    const e = dictionary[opts.locale].reports.exports;
    const generated = fill(e.pdfGenerated, { time: formatDateTime(new Date(), opts.locale) });
    const body = await renderPdf({ path, headers, locale: opts.locale }, { title: report.title, generated, pageOf: e.pdfPageOf });
    return { body, contentType: "application/pdf", fileName: `${base}.pdf`, title: report.title };
  }
  const chartPath = opts.chart ? `${path}?chart=${encodeURIComponent(opts.chart)}` : path;
  // the chart key is validated (exportQuerySchema) to [\w.-]+:[\w.-]+, safe inside the quotes
  // the chart's card: its title (indicator · region), status, chart, notes and explanation
  const selector = opts.chart ? `article.report-chart-card:has([data-chart="${opts.chart}"])` : "article.report-chart-card";
  try {
    const body = await renderElementPng({ path: chartPath, headers, locale: opts.locale }, selector);
    return { body, contentType: "image/png", fileName: `${base}-chart.png`, title: report.title };
  } catch (e) {
    if (e instanceof Error && /no element|answered 404/.test(e.message)) {
      throw new AppError("NOT_FOUND", { zh: "报告中没有这张图表", en: "The report has no such chart" });
    }
    throw e;
  }
}
