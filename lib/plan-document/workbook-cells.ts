// Cells of the plan workbook → document values, and document paths → the cell they came
// from, so an issue at `targets[3].kind` is also reported at `目标值!E5`.
import { msg, type Message } from "@/lib/i18n/message";
import type { DocumentIssue } from "./issues";
import { cellRef, type ColumnSpec } from "./workbook-layout";

/** An issue of a workbook: its document path and, when known, the cell (目标值!E5). */
export interface WorkbookIssue extends DocumentIssue {
  cell?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(["true", "1", "是", "yes", "y"]);
const FALSE = new Set(["false", "0", "否", "no", "n"]);

/** Items of a list cell: one a line (semicolons also separate). */
const listItems = (text: string) =>
  text
    .split(/\r?\n|[;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/**
 * The value of one cell for its column. A blank cell is absent (undefined), "" for a text
 * that may be empty, null for a nullable field. A cell that does not parse is passed on as
 * its text, so the schema's message says what it got and what is accepted.
 */
export function cellToValue(col: ColumnSpec, raw: string | undefined): unknown {
  const text = raw ?? "";
  const blank = text.trim() === "";
  if (blank) return col.emptyAsText ? "" : col.nullable ? null : undefined;
  switch (col.kind) {
    case "text":
      return text;
    case "int":
    case "number": {
      const t = text.trim();
      return NUMBER.test(t) ? Number(t) : text;
    }
    case "bool": {
      const t = text.trim().toLowerCase();
      return TRUE.has(t) ? true : FALSE.has(t) ? false : text;
    }
    case "list":
      return listItems(text);
    case "enum": {
      const t = text.trim();
      const hit = col.values?.find((v) => v.code === t || v.zh === t || v.en.toLowerCase() === t.toLowerCase());
      return hit ? hit.code : t;
    }
  }
}

/** Where rows of the document were read: an item path (targets[3]) → its sheet row and columns. */
export class CellLocator {
  private readonly items = new Map<string, { sheet: string; row: number; cols: ReadonlyMap<string, number> }>();

  add(itemPath: string, sheet: string, row: number, cols: ReadonlyMap<string, number>) {
    this.items.set(itemPath, { sheet, row, cols });
  }

  /**
   * The cell a document path points at: the longest registered item path that starts it,
   * then the column of the rest (indices dropped; baseline.year, then baseline). A path
   * into no column gives the row (目标值!5:5).
   */
  locate(path: string): string | undefined {
    for (let end = path.length; end >= 0; end--) {
      if (end < path.length && path[end] !== "." && path[end] !== "[") continue;
      const item = this.items.get(path.slice(0, end));
      if (!item) continue;
      const fields = path
        .slice(end)
        .replace(/\[\d+\]/g, "")
        .split(".")
        .filter(Boolean);
      // "" is the column of an item that is a single cell (a 基本信息 field)
      for (let n = fields.length; n >= 0; n--) {
        const col = item.cols.get(fields.slice(0, n).join("."));
        if (col !== undefined) return cellRef(item.sheet, col, item.row);
      }
      return `${cellRef(item.sheet, 1, item.row).replace(/A(\d+)$/, "$1:$1")}`;
    }
    return undefined;
  }
}

/** Puts the cell in front of the message: "目标值!E5（targets[3].kind）：…". */
export function issueAtCell(issue: DocumentIssue, cell: string | undefined): WorkbookIssue {
  if (!cell) return issue;
  const where = issue.path ? { zh: `${cell}（${issue.path}）`, en: `${cell} (${issue.path})` } : { zh: cell, en: cell };
  const message: Message = msg(`${where.zh}：${issue.message.zh}`, `${where.en}: ${issue.message.en}`);
  return { path: issue.path, cell, message };
}
