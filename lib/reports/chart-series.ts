// Rows for a report's series chart (one indicator × region): the observed figures, the
// planned trajectory (baseline → target), the projection from the latest figure, and
// the target. Pure, so the chart component only draws. Missing years stay null: a gap
// is drawn as a gap, never as zero.

export interface YearPoint {
  year: number;
  value: number;
}

export interface SeriesChartInput {
  observations: readonly (YearPoint & { flags: readonly string[] })[];
  target?: YearPoint | null;
  trajectory?: readonly YearPoint[];
  projection?: readonly YearPoint[];
}

export interface SeriesChartRow {
  year: number;
  actual: number | null;
  /** The observed figure carries a quality flag (drawn as a hollow point). */
  flagged: boolean;
  trajectory: number | null;
  projection: number | null;
  target: number | null;
}

export function buildSeriesRows(input: SeriesChartInput): SeriesChartRow[] {
  const rows = new Map<number, SeriesChartRow>();
  const row = (year: number) => {
    let r = rows.get(year);
    if (!r) {
      r = { year, actual: null, flagged: false, trajectory: null, projection: null, target: null };
      rows.set(year, r);
    }
    return r;
  };
  for (const o of input.observations) {
    const r = row(o.year);
    r.actual = o.value;
    r.flagged = o.flags.length > 0;
  }
  for (const p of input.trajectory ?? []) row(p.year).trajectory = p.value;
  for (const p of input.projection ?? []) row(p.year).projection = p.value;
  if (input.target) row(input.target.year).target = input.target.value;
  // every year in the span gets a row, so a missing year breaks the line instead of
  // being bridged by it
  const years = [...rows.keys()];
  if (years.length > 0) for (let y = Math.min(...years); y <= Math.max(...years); y++) row(y);
  return [...rows.values()].sort((a, b) => a.year - b.year);
}

/** True when there is nothing to draw (the chart shows its empty state instead). */
export function isEmptySeries(rows: readonly SeriesChartRow[]): boolean {
  return rows.every((r) => r.actual === null && r.trajectory === null && r.projection === null && r.target === null);
}
