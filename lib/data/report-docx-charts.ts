import "server-only";
import type { DocChart } from "@/lib/docx/model";
import { AppError } from "@/lib/errors";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { chartFailureReasons } from "@/lib/i18n/strings/report-docx";
import { limits } from "@/lib/limits";
import { logger } from "@/lib/log";
import type { Actor } from "@/lib/permissions";
import { renderElementPngs } from "@/lib/pdf/render";
import { printTarget } from "@/lib/data/report-render";

// A Word report draws its charts with the app's own chart code: headless chromium loads
// the report's print page once and photographs each chart (lib/pdf/render.ts), in the
// render queue like a PDF export, so it is bounded the same way (RENDER_TIMEOUT_MS, queue
// size). At most CHART_LIMIT charts. Past the time limit, with the queue full, or without
// chromium, the document is written without charts and says why.
const CHART_LIMIT = 24;
const CHART_SELECTOR = "div.progress-chart[data-chart]";

/** The charts of a report whose report.export the caller has already been granted. */
export async function renderReportCharts(
  actor: Actor,
  reportId: number,
  locale: Locale,
  shareToken?: string,
): Promise<{ charts: DocChart[]; unavailable: string | null }> {
  const reasons = chartFailureReasons[locale];
  try {
    const target = { ...printTarget(actor, reportId, shareToken), locale };
    return { charts: await renderElementPngs(target, CHART_SELECTOR, CHART_LIMIT), unavailable: null };
  } catch (e) {
    logger.warn({ err: e instanceof Error ? e.message : String(e), reportId }, "docx: charts not rendered");
    const timedOut = e instanceof AppError && e.code === "TIMEOUT";
    const reason = timedOut ? fill(reasons.timeout, { seconds: String(Math.round(limits().RENDER_TIMEOUT_MS / 1000)) }) : reasons.unavailable;
    return { charts: [], unavailable: reason };
  }
}
