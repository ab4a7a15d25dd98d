// The overview's region × target matrix: one row per region with targets, one column
// per indicator × target year, each cell the status of that target. Columns are grouped
// by target year and marked "final" (the year has passed: attainment is history) or
// "schedule" (still ahead: judged against 序时进度).

import type { ProgressEntry } from "./entry";
import { statusSeverity, worstStatus } from "./rollup";
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
  const indicatorOrder = new Map<string, number>();
  const colMap = new Map<string, HeatColumn>();
  for (const e of entries) {
    if (!indicatorOrder.has(e.indicator)) indicatorOrder.set(e.indicator, indicatorOrder.size);
    const key = `${e.indicator}@${e.targetYear}`;
    if (!colMap.has(key)) {
      colMap.set(key, {
        key,
        indicator: e.indicator,
        nameZh: e.indicatorNameZh,
        nameEn: e.indicatorNameEn,
        unit: e.unit,
        targetYear: e.targetYear,
        phase: phaseOf(e.targetYear, evaluationYear),
      });
    }
  }
  const allColumns = [...colMap.values()].sort((a, b) => a.targetYear - b.targetYear || indicatorOrder.get(a.indicator)! - indicatorOrder.get(b.indicator)!);
  const columns = opts.maxColumns !== undefined ? allColumns.slice(0, opts.maxColumns) : allColumns;
  const colIndex = new Map(columns.map((c, i) => [c.key, i]));

  const rowMap = new Map<string, HeatRow>();
  for (const e of entries) {
    let row = rowMap.get(e.region.adcode);
    if (!row) {
      row = { adcode: e.region.adcode, nameZh: e.region.nameZh, nameEn: e.region.nameEn, worst: null, cells: columns.map(() => null) };
      rowMap.set(e.region.adcode, row);
    }
    const col = colIndex.get(`${e.indicator}@${e.targetYear}`);
    if (col === undefined) continue; // a hidden column
    row.cells[col] = {
      targetId: e.targetId,
      status: e.status,
      color: statusColor(e.status),
      value: e.basis?.value ?? null,
      year: e.basis?.year ?? null,
      completion: e.completion,
    };
  }
  let rows = [...rowMap.values()];
  for (const r of rows) r.worst = worstStatus(r.cells.flatMap((c) => (c ? [c.status] : [])));
  let hiddenRows = 0;
  if (opts.maxRows !== undefined && rows.length > opts.maxRows) {
    const rank = (r: HeatRow) => (r.worst ? statusSeverity(r.worst) : -1);
    rows = rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(b.r) - rank(a.r) || a.i - b.i)
      .map((x) => x.r);
    hiddenRows = rows.length - opts.maxRows;
    rows = rows.slice(0, opts.maxRows);
  }
  return { columns, groups: groupColumns(columns), rows, hiddenRows, hiddenColumns: allColumns.length - columns.length };
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
