// What the analyst can tell the import about a table (the mapping step, the API's
// parameters, a saved mapping): all optional; what is not given is detected.

export const LAYOUTS = ["long", "wide-years", "wide-indicators", "wide-regions"] as const;
export type LayoutKind = (typeof LAYOUTS)[number];

/** What one column of a table holds. `value`: figures, whose header gives year, region or indicator. */
export const COLUMN_ROLES = ["region", "year", "indicator", "value", "unit", "source", "note", "flags", "published", "ignore"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface MappingOptions {
  layout?: LayoutKind | "auto";
  /** Worksheet row number of the header (the row with years/indicators/regions). */
  headerRow?: number;
  /** The region of every figure, for a table about one region. */
  region?: string;
  /** The statistical year of every figure, for a table of one year. */
  year?: number;
  /** The indicator (code or name) of every figure, for a table of one indicator. */
  indicator?: string;
  /** The unit of the figures when neither the header nor a unit column says. */
  unit?: string;
  /** The source of every figure whose row names none. */
  source?: string;
  /** Column letter (A, B …) → what it holds; columns not named are detected. */
  columns?: Record<string, ColumnRole>;
}

/** 0 → "A", 27 → "AB". */
export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A:region,B:ignore" (the API's `columns` parameter) → a column map; null when malformed. */
export function parseColumnsParam(text: string): Record<string, ColumnRole> | null {
  const out: Record<string, ColumnRole> = {};
  for (const part of text
    .split(/[,，;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z]{1,3})\s*[:=：]\s*([a-z]+)$/.exec(part);
    if (!m || !(COLUMN_ROLES as readonly string[]).includes(m[2]!)) return null;
    out[m[1]!.toUpperCase()] = m[2] as ColumnRole;
  }
  return out;
}
