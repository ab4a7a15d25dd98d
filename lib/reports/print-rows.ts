// How the printed report lays its charts out: two to a row, a chart with annotations on a
// row of its own (its notes beside it). Rows are blocks that never split across pages, and
// the last row is kept with the one before it (break-before: avoid), so the final page
// never holds one lone chart when the charts before it could share it. Pure.

export interface PrintRow {
  /** Indices into the charts, in order. */
  cards: number[];
  /** Keep this row on the same page as the previous row. */
  keepWithPrevious: boolean;
}

/** Groups charts into printed rows; `wide[i]` = chart i takes a whole row. */
export function printRows(wide: readonly boolean[]): PrintRow[] {
  const rows: number[][] = [];
  let open: number[] | null = null;
  wide.forEach((w, i) => {
    if (w) {
      rows.push([i]);
      open = null;
    } else if (open && open.length < 2) {
      open.push(i);
    } else {
      open = [i];
      rows.push(open);
    }
  });
  return rows.map((cards, r) => ({ cards, keepWithPrevious: r > 0 && r === rows.length - 1 }));
}
