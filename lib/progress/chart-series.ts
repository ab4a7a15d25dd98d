// Chart data of one series: the observed figures, the planned straight path from the
// baseline to the target, the projection at the current pace, and the target marker,
// on one row per year. Pure: the chart component only draws what this returns. Used by
// the progress pages and by reports (which may chart figures without a target).
//
// Rules (shared with the accessible table under each chart):
//   - a year without an observation is a gap (actual = null), never a zero;
//   - observations after the evaluation year are left out, as the evaluation ignores them;
//   - a value carrying any quality flag is "flagged" and drawn as a hollow point;
//   - the projection starts at the latest observation so the dashed line joins the solid one.

import type { YearValue } from "./types";

export interface ChartInput {
  observations: readonly (YearValue & { flags: readonly string[] })[];
  plannedTrajectory: readonly YearValue[];
  projection: readonly YearValue[];
  target: YearValue | null;
  /** Observations after it are left out; none are when omitted (a report's figures are already as of its date). */
  evaluationYear?: number;
  /** Years to show even without data (the plan's base year, the outlook year). */
  spanYears?: readonly number[];
}

export interface ChartRow {
  year: number;
  actual: number | null;
  flags: string[];
  /** Hollow point: the value carries a quality flag. */
  flagged: boolean;
  planned: number | null;
  projection: number | null;
  target: number | null;
}

export interface ChartSeries {
  rows: ChartRow[];
  /** False when there is no observation at all: a target's chart shows its empty state. */
  hasData: boolean;
  /** False when there is nothing at all to draw, not even a target. */
  drawable: boolean;
  /** Rows with at least one value, for the table under the chart. */
  tableRows: ChartRow[];
}

/** Builds the year rows, from the earliest to the latest year any series or spanYears touches. */
export function buildChartSeries(input: ChartInput): ChartSeries {
  const observed = input.observations.filter((o) => (input.evaluationYear === undefined || o.year <= input.evaluationYear) && Number.isFinite(o.value));
  const years = [
    ...observed.map((o) => o.year),
    ...input.plannedTrajectory.map((p) => p.year),
    ...input.projection.map((p) => p.year),
    ...(input.target ? [input.target.year] : []),
    ...(input.spanYears ?? []),
  ];
  const from = Math.min(...years);
  const to = Math.max(...years);
  const byYear = <T extends YearValue>(list: readonly T[]) => new Map(list.map((p) => [p.year, p]));
  const obs = byYear(observed);
  const planned = byYear(input.plannedTrajectory);
  const projection = byYear(input.projection);
  const rows: ChartRow[] = [];
  for (let year = from; year <= to; year++) {
    const o = obs.get(year);
    rows.push({
      year,
      actual: o ? o.value : null,
      flags: o ? [...o.flags] : [],
      flagged: o ? o.flags.length > 0 : false,
      planned: planned.get(year)?.value ?? null,
      projection: projection.get(year)?.value ?? null,
      target: year === input.target?.year ? input.target.value : null,
    });
  }
  const tableRows = rows.filter((r) => r.actual !== null || r.planned !== null || r.projection !== null || r.target !== null);
  return { rows, hasData: observed.length > 0, drawable: tableRows.length > 0, tableRows };
}
