// One row of the "why this colour" lens table: its own file so lens-rows.ts and
// lens-rows-limit.ts both import it without importing each other.
import type { Bilingual } from "./result-types";

export interface LensRow {
  key: string;
  label: Bilingual;
  /** The formula in symbols (same in both languages). */
  formula: string;
  value: Bilingual;
  /** What the value's categories or words mean, when it has any. */
  note?: Bilingual;
}
