import type { Locale } from "@/lib/i18n/locale";
import { STATUS_LABELS, statusColor } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";

/** A status as a coloured chip with its label (colour is never the only signal). */
export function StatusChip({ status, locale, count, title }: { status: ProgressStatus; locale: Locale; count?: number; title?: string }) {
  return (
    <span className={`status status--${statusColor(status)}`} data-status={status} title={title}>
      <span className="status__dot" aria-hidden="true" />
      {STATUS_LABELS[status][locale]}
      {count !== undefined ? <strong className="status__count">{count}</strong> : null}
    </span>
  );
}
