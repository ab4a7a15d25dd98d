// The colours of the cluster map and its key. A city is filled with the colour of its worst
// status from the same graded palette as the chips, badges and matrix (STATUS_PALETTE), and
// carries that status's glyph, so 基本完成 and 未完成 never share a colour on the map
// while differing everywhere else. The key lists every status, derived, never retyped.

import { STATUS_ORDER } from "@/lib/progress/rollup";
import { STATUS_GLYPHS, STATUS_PALETTE } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";

/** A city with no target (when the map is coloured by one indicator): white, outlined. */
const NO_TARGET_FILL = "#ffffff";

/** Fill of a city circle: its status's palette colour; null (no target) → NO_TARGET_FILL. */
export function mapFill(status: ProgressStatus | null): string {
  return status ? STATUS_PALETTE[status] : NO_TARGET_FILL;
}

/** Glyph drawn in a city circle; none for a city without a target. */
export function mapGlyph(status: ProgressStatus | null): string {
  return status ? STATUS_GLYPHS[status] : "";
}

export interface MapKeyEntry {
  /** null: "no target". */
  status: ProgressStatus | null;
  fill: string;
  glyph: string;
}

/** One entry per status in STATUS_ORDER, then "no target". */
export function mapStatusKey(): MapKeyEntry[] {
  return [...STATUS_ORDER, null].map((status) => ({ status, fill: mapFill(status), glyph: mapGlyph(status) }));
}
