// One data row of a planned table (table-plan.ts) → one long row per figure, or the
// reason the row is skipped (blank, a 合计 total, a footnote). Each long row keeps the
// cell every field came from, so an error names it: 表2!B7.

import { msg, type Message } from "@/lib/i18n/message";
import type { ColumnKey, RawRow } from "../columns";
import { approximateNumber, isFootnote, isNoFigure, isTotalLabel, parseYearText, splitLabelUnit, unitLine } from "./cell-text";
import { columnLetters } from "./mapping-options";
import type { GridRow, TablePlan } from "./table-plan";

export type SkipReason = "blank" | "total" | "footnote" | "unit_line" | "no_figures";

export interface SkippedRow {
  row: number;
  reason: SkipReason;
  /** The row's text (shortened), for the preview. */
  text: string;
}

export const SKIP_REASONS: Record<SkipReason, Message> = {
  blank: msg("空行", "blank row"),
  total: msg("合计行（由上面各行相加，不导入）", "total row (the sum of the rows above; not imported)"),
  footnote: msg("注释或资料来源行", "footnote or source line"),
  unit_line: msg("单位行", "unit line"),
  no_figures: msg("该行没有数值", "no figures in the row"),
};

interface TableRecord {
  rowNumber: number;
  raw: RawRow;
  /** Cell address of each field that came from a cell ("B7"). */
  cells: Partial<Record<ColumnKey, string>>;
}

export type RowOutcome = { records: TableRecord[] } | { skipped: SkippedRow };

const addr = (col: number, row: number) => `${columnLetters(col)}${row}`;

export function tableRowRecords(plan: TablePlan, row: GridRow): RowOutcome {
  const cells = row.cells.map((c) => c.trim());
  const text = [...new Set(cells.filter((c) => c !== ""))].join(" ").slice(0, 80);
  const skip = (reason: SkipReason): RowOutcome => ({ skipped: { row: row.number, reason, text } });
  if (text === "") return skip("blank");
  const first = cells.find((c) => c !== "")!;
  if (isFootnote(first)) return skip("footnote");
  if (unitLine(first) !== null && new Set(cells.filter((c) => c !== "")).size === 1) return skip("unit_line");
  const k = plan.keys;
  for (const part of ["region", "indicator", "year"] as const) {
    const i = k[part];
    if (i !== undefined && isTotalLabel(cells[i] ?? "")) return skip("total");
  }

  const key = (part: ColumnKey): { text: string; cell?: string } | null => {
    const i = (k as Partial<Record<ColumnKey, number>>)[part];
    return i === undefined ? null : { text: cells[i] ?? "", cell: addr(i, row.number) };
  };
  // a stub label "地区生产总值（亿元）" names the indicator and, in its parenthesis, the unit
  const indicatorKey = key("indicator");
  const stubLabel = indicatorKey ? splitLabelUnit(indicatorKey.text) : null;
  const rowUnit = key("unit");
  const rowFlags = key("flags");

  const records: TableRecord[] = [];
  for (const col of plan.values) {
    const written = cells[col.index] ?? "";
    if (written === "" || isNoFigure(written)) continue;
    const approx = approximateNumber(written);
    const raw: RawRow = {};
    const at: Partial<Record<ColumnKey, string>> = { value: addr(col.index, row.number) };
    const put = (
      part: ColumnKey,
      fromRow: { text: string; cell?: string } | null,
      fromColumn: string | number | undefined,
      fallback: string | number | undefined,
    ) => {
      if (fromColumn !== undefined) {
        raw[part] = String(fromColumn);
        at[part] = addr(col.index, plan.headerRow);
      } else if (fromRow) {
        raw[part] = fromRow.text;
        if (fromRow.cell) at[part] = fromRow.cell;
      } else if (fallback !== undefined) raw[part] = String(fallback);
    };
    put("region", key("region"), col.region, plan.defaults.region);
    const yearKey = key("year");
    // a stub of years written 2019年 → 2019 (validation takes digits)
    put("year", yearKey ? { ...yearKey, text: String(parseYearText(yearKey.text) ?? yearKey.text) } : null, col.year, plan.defaults.year);
    put("indicator", stubLabel && indicatorKey ? { text: stubLabel.name, cell: indicatorKey.cell } : null, col.indicator, plan.defaults.indicator);
    if (plan.defaults.indicator !== undefined && col.indicator === undefined && !indicatorKey) raw.indicator = plan.defaults.indicator;
    raw.value = approx.text.trim();
    // the closest unit wins: a unit column, the header, the stub label, then unit line / title
    const unit = rowUnit?.text || col.unit || stubLabel?.unit || plan.defaults.unit || "";
    raw.unit = unit;
    if (rowUnit?.text) at.unit = rowUnit.cell;
    put("source", key("source"), undefined, plan.defaults.source);
    if (!raw.source && plan.defaults.source) raw.source = plan.defaults.source;
    put("note", key("note"), undefined, undefined);
    put("published", key("published"), undefined, undefined);
    const flags = [rowFlags?.text ?? "", approx.estimated ? "estimated" : ""].filter((f) => f.trim() !== "");
    raw.flags = flags.join(";");
    if (rowFlags) at.flags = rowFlags.cell;
    records.push({ rowNumber: row.number, raw, cells: at });
  }
  return records.length > 0 ? { records } : skip("no_figures");
}
