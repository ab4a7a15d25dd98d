// Which columns of a report table say something. A column whose every cell is "—" (or
// empty) only takes width, on a phone most of all: reports leave it out.

const EMPTY = new Set(["", "—", "-"]);

/** Columns without a `text` always stay; the others stay when one row has a value. */
export function nonEmptyColumns<C extends { text?: (row: R) => string }, R>(columns: readonly C[], rows: readonly R[]): C[] {
  return columns.filter((c) => !c.text || rows.some((r) => !EMPTY.has(c.text!(r).trim())));
}
