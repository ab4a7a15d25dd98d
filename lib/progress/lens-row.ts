// One row of the "why this colour" panel (lens-rows.ts builds them; lens-rows-limit.ts the
// rows of caps and floors). In a file of its own so that neither imports the other's types.
import type { Bilingual } from "./types";

export interface LensRow {
  key: string;
  label: Bilingual;
  /** The formula in symbols (same in both languages). */
  formula: string;
  value: Bilingual;
  /** What the value's categories or words mean, when it has any. */
  note?: Bilingual;
}
