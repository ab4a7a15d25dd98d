import type { Locale } from "@/lib/i18n/locale";
import { STATUS_GLYPHS, STATUS_LABELS, statusColor } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";
import "./status-palette.css";

/** A status as a chip: its own colour, glyph and label (colour is never the only signal). */
export function StatusChip({ status, locale, count, title }: { status: ProgressStatus; locale: Locale; count?: number; title?: string }) {
  return (
    <span className={`status status--${statusColor(status)}`} data-status={status} title={title}>
      <span className="status__dot" aria-hidden="true" />
      <span className="status__glyph" aria-hidden="true">
        {STATUS_GLYPHS[status]}
      </span>
      {STATUS_LABELS[status][locale]}
      {count !== undefined ? <strong className="status__count">{count}</strong> : null}
    </span>
  );
}
