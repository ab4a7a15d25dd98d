import type { ObservationSummary } from "@/lib/data/observations";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";

/** The most recent figure of each indicator (rows must already be the current versions). */
export function LatestFigures({ rows, names, t, locale }: { rows: ObservationSummary[]; names: Map<string, string>; t: Dictionary; locale: Locale }) {
  const latest = new Map<string, ObservationSummary>();
  for (const o of rows) {
    const cur = latest.get(o.indicator);
    if (!cur || o.year > cur.year) latest.set(o.indicator, o);
  }
  if (latest.size === 0) return <p className="empty">{t.progress.region.noLatest}</p>;
  return (
    <div className="grid grid--cards" data-testid="latest-figures">
      {[...latest.values()].map((o) => (
        <div className="card stat" key={o.indicator}>
          <div className="stat__label">
            {names.get(o.indicator) ?? o.indicator} · {o.year}
          </div>
          <div className="stat__value">{formatValue(o.value, o.unit, locale)}</div>
          {o.flags.map((f) => (
            <span key={f} className="tag tag--flag">
              {t.flags[f] ?? f}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
