import "server-only";
import type { DocChart } from "@/lib/docx/model";
import { AppError } from "@/lib/errors";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { chartFailureReasons } from "@/lib/i18n/strings/report-docx";
import { limits } from "@/lib/limits";
import { logger } from "@/lib/log";
import { CHART_LIMIT } from "@/lib/docx/chart-limit";
import { renderElementPngs, type RenderTarget } from "@/lib/pdf/render";

// A Word report draws its charts with the app's own chart code: headless chromium loads
// a print page once (a saved report's, or a round's) and photographs each chart
// (lib/pdf/render.ts), in the render queue like a PDF export, so it is bounded the same
// way (RENDER_TIMEOUT_MS, queue size). At most CHART_LIMIT charts. Past the time limit,
// with the queue full, or without chromium, the document is written without charts and
// says why.
const CHART_SELECTOR = "div.progress-chart[data-chart]";

/**
 * The charts of a print page, for a caller already authorized to read what it shows.
 * `target` is the page and what lets the renderer in (a print token, or a share link's
 * own print URL); `context` only goes to the log.
 */
export async function renderDocxCharts(
  target: Omit<RenderTarget, "locale">,
  locale: Locale,
  context: Record<string, unknown>,
): Promise<{ charts: DocChart[]; unavailable: string | null }> {
  const reasons = chartFailureReasons[locale];
  try {
    return { charts: await renderElementPngs({ ...target, locale }, CHART_SELECTOR, CHART_LIMIT), unavailable: null };
  } catch (e) {
    logger.warn({ err: e instanceof Error ? e.message : String(e), ...context }, "docx: charts not rendered");
    const timedOut = e instanceof AppError && e.code === "TIMEOUT";
    const reason = timedOut ? fill(reasons.timeout, { seconds: String(Math.round(limits().RENDER_TIMEOUT_MS / 1000)) }) : reasons.unavailable;
    return { charts: [], unavailable: reason };
  }
}
