// A report draws one chart per indicator × region: every pair with a target (its status
// and projection) and every pair with figures but no target. Pure: works on the plain
// shapes the data layer returns.

export interface GroupFigure {
  indicator: string;
  region: { adcode: string };
  year: number;
  value: number;
  flags: readonly string[];
}

export interface GroupStatus {
  indicator: string;
  region: { adcode: string };
  targetYear: number;
}

export interface ChartGroup<F extends GroupFigure, S extends GroupStatus> {
  /** "<indicator>:<adcode>", also the PNG export's chart parameter. */
  key: string;
  indicator: string;
  adcode: string;
  figures: F[];
  /** Targets of the pair, earliest target year first (usually one). */
  statuses: S[];
}

const chartKey = (indicator: string, adcode: string) => `${indicator}:${adcode}`;

/** Pairs in the order they first appear: targets first (plan order), then figures. */
export function groupCharts<F extends GroupFigure, S extends GroupStatus>(figures: readonly F[], statuses: readonly S[]): ChartGroup<F, S>[] {
  const groups = new Map<string, ChartGroup<F, S>>();
  const group = (indicator: string, adcode: string) => {
    const key = chartKey(indicator, adcode);
    let g = groups.get(key);
    if (!g) {
      g = { key, indicator, adcode, figures: [], statuses: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const s of statuses) group(s.indicator, s.region.adcode).statuses.push(s);
  for (const f of figures) group(f.indicator, f.region.adcode).figures.push(f);
  for (const g of groups.values()) {
    g.statuses.sort((a, b) => a.targetYear - b.targetYear);
    g.figures.sort((a, b) => a.year - b.year);
  }
  return [...groups.values()];
}

/** True when the report draws a chart for this key (figures or a target for the pair). */
export function hasChart(figures: readonly GroupFigure[], statuses: readonly GroupStatus[], key: string): boolean {
  return figures.some((f) => chartKey(f.indicator, f.region.adcode) === key) || statuses.some((s) => chartKey(s.indicator, s.region.adcode) === key);
}
