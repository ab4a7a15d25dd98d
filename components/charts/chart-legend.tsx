import type { Dictionary } from "@/lib/i18n/dictionary";

/**
 * What the lines and points of the charts mean, once for all charts on a page or in a
 * report; `show` leaves out the lines a report chose not to draw.
 */
export function ChartLegend({
  t,
  show = { planned: true, projection: true },
  otherPlans,
}: {
  t: Dictionary;
  show?: { planned: boolean; projection: boolean };
  /** Label of other plans' targets (triangles), when a chart on the page carries them. */
  otherPlans?: string;
}) {
  const c = t.progress.chart;
  const l = t.progress.legend;
  const line = (stroke: string, width: number, dash?: string) => (
    <svg width="30" height="10" aria-hidden="true">
      <line x1="0" y1="5" x2="30" y2="5" stroke={stroke} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
  const keys: { key: string; shown: boolean; swatch: React.ReactNode; label: string }[] = [
    {
      key: "actual",
      shown: true,
      swatch: (
        <svg width="30" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="30" y2="5" stroke="var(--chart-actual)" strokeWidth="2.5" />
          <circle cx="15" cy="5" r="4" fill="var(--chart-actual)" />
        </svg>
      ),
      label: c.actual,
    },
    {
      key: "flagged",
      shown: true,
      swatch: (
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4" fill="var(--surface)" stroke="var(--chart-actual)" strokeWidth="2" />
        </svg>
      ),
      label: l.flagged,
    },
    { key: "planned", shown: show.planned, swatch: line("var(--chart-planned)", 1.5), label: l.planned },
    { key: "projection", shown: show.projection, swatch: line("var(--chart-projection)", 2, "6 4"), label: l.projection },
    {
      key: "target",
      shown: true,
      swatch: (
        <svg width="14" height="14" aria-hidden="true">
          <path d="M7,0L14,7L7,14L0,7Z" fill="var(--chart-target)" />
        </svg>
      ),
      label: c.target,
    },
    {
      key: "other-plans",
      shown: otherPlans !== undefined,
      swatch: (
        <svg width="14" height="14" aria-hidden="true">
          <path d="M7,1L13,13L1,13Z" fill="var(--chart-plan-0)" />
        </svg>
      ),
      label: otherPlans ?? "",
    },
  ];
  return (
    <div className="chart-legend small" aria-label={l.title}>
      {keys
        .filter((k) => k.shown)
        .map((k) => (
          <span className="map-key" key={k.key}>
            {k.swatch}
            {k.label}
          </span>
        ))}
    </div>
  );
}
