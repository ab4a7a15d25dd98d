import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { statusLegendInner } from "./status-markup";
import "./status-palette.css";

/** Every status with its colour, so the colours on the page can be read. */
export function StatusLegend({ t, locale }: { t: Dictionary; locale: Locale }) {
  return (
    <div
      className="status-legend"
      aria-label={t.progress.legend.title}
      data-testid="status-legend"
      dangerouslySetInnerHTML={{ __html: statusLegendInner(t, locale) }}
    />
  );
}
