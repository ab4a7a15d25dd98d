import "server-only";
import type { DocChart } from "@/lib/docx/model";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { chartFailureReasons } from "@/lib/i18n/strings/report-docx";
import { logger } from "@/lib/log";
import type { Actor } from "@/lib/permissions";
import { renderElementPngs } from "@/lib/pdf/render";
import { printTarget } from "@/lib/data/report-render";

// A Word report draws its charts with the app's own chart code: headless chromium loads
// the report's print page once and photographs each chart (lib/pdf/render.ts). Bounded:
// at most CHART_LIMIT charts, and the document waits at most CHART_TIMEOUT_MS for them;
// past that, or without chromium, it is written without charts and says why.
const CHART_LIMIT = 24;
const CHART_TIMEOUT_MS = 20_000;
const CHART_SELECTOR = "div.progress-chart[data-chart]";

class ChartTimeout extends Error {}

/** The charts of a report whose report.export the caller has already been granted. */
export async function renderReportCharts(
  actor: Actor,
  reportId: number,
  locale: Locale,
  shareToken?: string,
): Promise<{ charts: DocChart[]; unavailable: string | null }> {
  const reasons = chartFailureReasons[locale];
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const target = { ...printTarget(actor, reportId, shareToken), locale };
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ChartTimeout()), CHART_TIMEOUT_MS);
    });
    const pngs = await Promise.race([renderElementPngs(target, CHART_SELECTOR, CHART_LIMIT), timeout]);
    return { charts: pngs, unavailable: null };
  } catch (e) {
    logger.warn({ err: e instanceof Error ? e.message : String(e), reportId }, "docx: charts not rendered");
    const reason = e instanceof ChartTimeout ? fill(reasons.timeout, { seconds: String(CHART_TIMEOUT_MS / 1000) }) : reasons.unavailable;
    return { charts: [], unavailable: reason };
  } finally {
    clearTimeout(timer);
  }
}
