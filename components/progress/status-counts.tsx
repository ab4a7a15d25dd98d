import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { STATUS_ORDER } from "@/lib/progress/rollup";
import type { ProgressStatus } from "@/lib/progress/types";
import { StatusChip } from "./status-chip";

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
  return (
    <div className="status-counts" data-testid={testId}>
      <span className="muted small">{fill(t.progress.counts.total, { n: String(total) })}</span>
      {STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => (
        <StatusChip key={s} status={s} locale={locale} count={counts[s]} />
      ))}
    </div>
  );
}
