// Merged cells: Excel stores a merged range's text in its top-left cell only. A yearbook
// header merges "常住人口（万人）" across the years below it, and a stub merges a region
// down several rows; every cell of the range is read as having the top-left text.

export interface MergeRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const REF = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i;
const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** "A1:E1" → rows 1..1, columns 0..4 (0 = A); null when malformed. */
export function parseMergeRef(ref: string): MergeRange | null {
  const m = REF.exec(ref.trim());
  if (!m) return null;
  const r1 = Number(m[2]);
  const r2 = Number(m[4] ?? m[2]);
  const c1 = col(m[1]!);
  const c2 = col(m[3] ?? m[1]!);
  return { r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) };
}

/** Most merges a sheet may have that are filled in (a yearbook table has a few dozen). */
export const MAX_MERGES = 10_000;
/** Most columns one merge is filled across (a title merged across XFD is still one cell of text). */
const MAX_FILL_COLUMNS = 512;

/**
 * Fills merged ranges row by row as the rows stream by: the top-left text is taken when
 * its row passes and copied into the range's empty cells in that row and the rows below.
 */
export class MergeFiller {
  private readonly byStartRow = new Map<number, MergeRange[]>();
  private active: { range: MergeRange; text: string }[] = [];

  constructor(ranges: readonly MergeRange[]) {
    for (const r of ranges.slice(0, MAX_MERGES)) {
      const list = this.byStartRow.get(r.r1) ?? [];
      list.push(r);
      this.byStartRow.set(r.r1, list);
    }
  }

  /** `cells[0]` is column A; returns the row with its merged cells filled. */
  fill(rowNumber: number, cells: string[]): string[] {
    for (const range of this.byStartRow.get(rowNumber) ?? []) this.active.push({ range, text: cells[range.c1] ?? "" });
    this.active = this.active.filter((a) => a.range.r2 >= rowNumber && a.range.r1 <= rowNumber);
    if (this.active.length === 0) return cells;
    const out = [...cells];
    for (const { range, text } of this.active) {
      if (text === "") continue;
      for (let c = range.c1; c <= Math.min(range.c2, range.c1 + MAX_FILL_COLUMNS); c++) {
        while (out.length <= c) out.push("");
        if (out[c] === "") out[c] = text;
      }
    }
    return out;
  }
}
