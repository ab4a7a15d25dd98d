import type { Locale } from "@/lib/i18n/locale";
import { STATUS_GLYPHS, statusColor, statusLabel } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";
import "@/components/progress/status-palette.css";

/** A status in a report: the palette's colour (dot and border), glyph and label. */
export function StatusBadge({ status, locale }: { status: string; locale: Locale }) {
  const s = status as ProgressStatus;
  return (
    <span className={`status-badge status-badge--${statusColor(s) ?? "grey"}`} data-status={status}>
      <span className="status__dot" aria-hidden="true" />
      <span className="status__glyph" aria-hidden="true">
        {STATUS_GLYPHS[s] ?? ""}
      </span>
      {statusLabel(s, locale) ?? status}
    </span>
  );
}
