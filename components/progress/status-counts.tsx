import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { ProgressStatus } from "@/lib/progress/types";
import { statusCountsInner } from "./status-markup";
import "./status-palette.css";

/** One chip per status present, with its count; statuses with 0 targets are left out. */
export function StatusCounts({
  counts,
  total,
  t,
  locale,
  testId,
}: {
  counts: Record<ProgressStatus, number>;
  total: number;
  t: Dictionary;
  locale: Locale;
  testId?: string;
}) {
  return <div className="status-counts" data-testid={testId} dangerouslySetInnerHTML={{ __html: statusCountsInner(counts, total, t, locale) }} />;
}
