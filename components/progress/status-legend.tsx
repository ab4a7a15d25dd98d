import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { STATUS_ORDER } from "@/lib/progress/rollup";
import { StatusChip } from "./status-chip";

/** Every status with its colour, so the colours on the page can be read. */
export function StatusLegend({ t, locale }: { t: Dictionary; locale: Locale }) {
  return (
    <div className="status-legend" aria-label={t.progress.legend.title} data-testid="status-legend">
      <span className="muted small">
        {t.progress.legend.title}
        {t.colon}
      </span>
      {STATUS_ORDER.map((s) => (
        <StatusChip key={s} status={s} locale={locale} />
      ))}
    </div>
  );
}
