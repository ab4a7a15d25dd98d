import type { Locale } from "@/lib/i18n/locale";
import type { ProgressStatus } from "@/lib/progress/types";
import { statusChipClass, statusChipInner } from "./status-markup";
import "./status-palette.css";

/** A status as a chip: its own colour, glyph and label (drawn by status-markup.ts). */
export function StatusChip({ status, locale, count, title }: { status: ProgressStatus; locale: Locale; count?: number; title?: string }) {
  return (
    <span className={statusChipClass(status)} data-status={status} title={title} dangerouslySetInnerHTML={{ __html: statusChipInner(status, locale, count) }} />
  );
}
