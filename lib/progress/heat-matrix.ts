// The overview's region × target matrix: one row per region with targets, one column
// per indicator × target year, each cell the status of that target. Columns are grouped
// by target year and marked "final" (the year has passed: attainment is history) or
// "schedule" (still ahead: judged against 序时进度).

import type { ProgressEntry } from "./entry";
import { statusSeverity } from "./rollup";
import { statusColor } from "./status";
import type { ProgressStatus, StatusColor } from "./types";

type Entry = Pick<
  ProgressEntry,
  "targetId" | "indicator" | "indicatorNameZh" | "indicatorNameEn" | "unit" | "region" | "targetYear" | "status" | "basis" | "completion"
>;

export type Phase = "final" | "schedule";

export interface HeatColumn {
  key: string;
  indicator: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  targetYear: number;
  phase: Phase;
}

interface HeatCell {
  targetId: number;
  status: ProgressStatus;
  color: StatusColor;
  /** The figure the status rests on (entry.basis): the final-evaluation value, else the latest value. */
  value: number | null;
  year: number | null;
  /** The entry's completion (the same number every view shows), null when undefined. */
  completion: number | null;
}

export interface HeatRow {
  adcode: string;
  nameZh: string;
  nameEn: string;
  worst: ProgressStatus | null;
  /** Aligned with HeatMatrix.columns; null where the region has no such target. */
  cells: (HeatCell | null)[];
}

export interface HeatMatrix {
  columns: HeatColumn[];
  /** Consecutive columns sharing a target year, for the grouped header. */
  groups: { targetYear: number; phase: Phase; span: number }[];
  rows: HeatRow[];
  /** Rows left out by maxRows. */
  hiddenRows: number;
  /** Columns left out by maxColumns (the later ones). */
  hiddenColumns: number;
}

/** final once the evaluation year is past the target year (the rule of evaluateTarget). */
export function phaseOf(targetYear: number, evaluationYear: number): Phase {
  return evaluationYear > targetYear ? "final" : "schedule";
}

/**
 * Builds the matrix. Columns: by target year, then indicators in order of first
 * appearance. Rows: regions in order of first appearance (the plan's order, since
 * entries come in target order) — unless `maxRows` cuts the list, in which case the
 * worst rows are kept first so a long list never hides the red ones. `maxColumns` keeps
 * the first columns (earliest target years); a row whose targets are all in hidden
 * columns still appears, with empty cells. Two targets for
 * the same cell cannot exist (targets are unique per plan × indicator × region × year).
 */
export function buildHeatMatrix(entries: readonly Entry[], evaluationYear: number, opts: { maxRows?: number; maxColumns?: number } = {}): HeatMatrix {
  return heatMatrixOf(layOutHeatMatrix(entries, evaluationYear, opts.maxColumns), entries, opts.maxRows);
}

/** A region of the matrix: its row header, the positions in `entries` of its targets in shown columns, their columns, and the worst of their statuses. */
interface RegionLayout {
  adcode: string;
  nameZh: string;
  nameEn: string;
  positions: number[];
  cols: number[];
  worst: ProgressStatus | null;
}

/**
 * Everything of the matrix but its cells and the choice of rows: the columns, and per
 * region (in order of first appearance) where its targets are. A write that changes
 * only the evaluation of some targets (not which targets there are) changes only their
 * regions' worst status: relayOutRegions redoes those, heatMatrixOf the rest.
 */
export interface HeatMatrixLayout {
  columns: HeatColumn[];
  hiddenColumns: number;
  regions: RegionLayout[];
}

// Rebuilt after every write that touches a target (50,000 targets at bench scale): no
// key string is built per entry, and cells only for the rows shown.
export function layOutHeatMatrix(entries: readonly Entry[], evaluationYear: number, maxColumns?: number): HeatMatrixLayout {
  const indicatorOrder = new Map<string, number>();
  const colMap = new Map<string, Map<number, HeatColumn>>();
  const allColumns: HeatColumn[] = [];
  for (const e of entries) {
    let byYear = colMap.get(e.indicator);
    if (!byYear) {
      indicatorOrder.set(e.indicator, indicatorOrder.size);
      byYear = new Map();
      colMap.set(e.indicator, byYear);
    }
    if (!byYear.has(e.targetYear)) {
      const column: HeatColumn = {
        key: `${e.indicator}@${e.targetYear}`,
        indicator: e.indicator,
        nameZh: e.indicatorNameZh,
        nameEn: e.indicatorNameEn,
        unit: e.unit,
        targetYear: e.targetYear,
        phase: phaseOf(e.targetYear, evaluationYear),
      };
      byYear.set(e.targetYear, column);
      allColumns.push(column);
    }
  }
  allColumns.sort((a, b) => a.targetYear - b.targetYear || indicatorOrder.get(a.indicator)! - indicatorOrder.get(b.indicator)!);
  const columns = maxColumns !== undefined ? allColumns.slice(0, maxColumns) : allColumns;
  const colIndex = new Map<HeatColumn, number>(columns.map((c, i) => [c, i]));
  const regions = new Map<string, RegionLayout>();
  entries.forEach((e, position) => {
    let r = regions.get(e.region.adcode);
    if (!r) {
      r = { adcode: e.region.adcode, nameZh: e.region.nameZh, nameEn: e.region.nameEn, positions: [], cols: [], worst: null };
      regions.set(e.region.adcode, r);
    }
    const col = colIndex.get(colMap.get(e.indicator)!.get(e.targetYear)!);
    if (col === undefined) return; // a hidden column
    r.positions.push(position);
    r.cols.push(col);
    if (r.worst === null || statusSeverity(e.status) > statusSeverity(r.worst)) r.worst = e.status;
  });
  return { columns, hiddenColumns: allColumns.length - columns.length, regions: [...regions.values()] };
}

/** The layout with the worst status of these regions taken again from `entries` (laid out in the same places). */
export function relayOutRegions(layout: HeatMatrixLayout, entries: readonly Entry[], adcodes: ReadonlySet<string>): HeatMatrixLayout {
  const regions = layout.regions.map((r) => {
    if (!adcodes.has(r.adcode)) return r;
    let worst: ProgressStatus | null = null;
    for (const p of r.positions) if (worst === null || statusSeverity(entries[p]!.status) > statusSeverity(worst)) worst = entries[p]!.status;
    return { ...r, worst };
  });
  return { ...layout, regions };
}

/** The matrix of a layout: the rows kept (the worst first when `maxRows` cuts), with their cells. */
export function heatMatrixOf(layout: HeatMatrixLayout, entries: readonly Entry[], maxRows?: number): HeatMatrix {
  let shown = layout.regions;
  let hiddenRows = 0;
  if (maxRows !== undefined && shown.length > maxRows) {
    const rank = (r: RegionLayout) => (r.worst ? statusSeverity(r.worst) : -1);
    shown = shown
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(b.r) - rank(a.r) || a.i - b.i)
      .map((x) => x.r);
    hiddenRows = shown.length - maxRows;
    shown = shown.slice(0, maxRows);
  }
  const rows = shown.map((r): HeatRow => {
    const cells: (HeatCell | null)[] = layout.columns.map(() => null);
    r.positions.forEach((p, k) => {
      const e = entries[p]!;
      cells[r.cols[k]!] = {
        targetId: e.targetId,
        status: e.status,
        color: statusColor(e.status),
        value: e.basis?.value ?? null,
        year: e.basis?.year ?? null,
        completion: e.completion,
      };
    });
    return { adcode: r.adcode, nameZh: r.nameZh, nameEn: r.nameEn, worst: r.worst, cells };
  });
  return { columns: layout.columns, groups: groupColumns(layout.columns), rows, hiddenRows, hiddenColumns: layout.hiddenColumns };
}

function groupColumns(columns: readonly HeatColumn[]): HeatMatrix["groups"] {
  const groups: HeatMatrix["groups"] = [];
  for (const c of columns) {
    const last = groups[groups.length - 1];
    if (last && last.targetYear === c.targetYear) last.span += 1;
    else groups.push({ targetYear: c.targetYear, phase: c.phase, span: 1 });
  }
  return groups;
}
