import type { Dictionary } from "@/lib/i18n/dictionary";

/**
 * What the lines and points of the charts mean, once for all charts on a page or in a
 * report; `show` leaves out the lines a report chose not to draw.
 */
export function ChartLegend({ t, show = { planned: true, projection: true } }: { t: Dictionary; show?: { planned: boolean; projection: boolean } }) {
  const c = t.progress.chart;
  const l = t.progress.legend;
  return (
    <div className="chart-legend small" aria-label={l.title}>
      <span className="map-key">
        <svg width="30" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="30" y2="5" stroke="var(--chart-actual)" strokeWidth="2.5" />
          <circle cx="15" cy="5" r="4" fill="var(--chart-actual)" />
        </svg>
        {c.actual}
      </span>
      <span className="map-key">
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4" fill="var(--surface)" stroke="var(--chart-actual)" strokeWidth="2" />
        </svg>
        {l.flagged}
      </span>
      {show.planned ? (
        <span className="map-key">
          <svg width="30" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="30" y2="5" stroke="var(--chart-planned)" strokeWidth="1.5" />
          </svg>
          {l.planned}
        </span>
      ) : null}
      {show.projection ? (
        <span className="map-key">
          <svg width="30" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="30" y2="5" stroke="var(--chart-projection)" strokeWidth="2" strokeDasharray="6 4" />
          </svg>
          {l.projection}
        </span>
      ) : null}
      <span className="map-key">
        <svg width="14" height="14" aria-hidden="true">
          <path d="M7,0L14,7L7,14L0,7Z" fill="var(--chart-target)" />
        </svg>
        {c.target}
      </span>
    </div>
  );
}
