import type { Locale } from "@/lib/i18n/locale";
import { statusColor, statusLabel } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";

export function StatusBadge({ status, locale }: { status: string; locale: Locale }) {
  const s = status as ProgressStatus;
  return <span className={`status-badge status-badge--${statusColor(s) ?? "grey"}`}>{statusLabel(s, locale) ?? status}</span>;
}
