// Data-quality caveats: flags on the observations a result rests on that a reader must
// see next to the status. The observations are still used; the result just says so.

import type { ObservationFlag } from "./types";
import type { Bilingual, Caveat } from "./result-types";

/** Fixed display order, so the same flags always produce the same text. */
const ORDER: readonly Caveat[] = ["definition_differs", "low_confidence"];

/**
 * Collects the caveats from the flag lists of the observations the result reports
 * (baseline, latest, final-evaluation observation). Only `definition_differs` and
 * `low_confidence` are caveats; `provisional`, `estimated` and `break_in_series` are
 * reported on the observations themselves but do not change the wording. Deduplicated,
 * in fixed order (definition_differs first).
 */
export function collectCaveats(flagLists: readonly (readonly ObservationFlag[] | null | undefined)[]): Caveat[] {
  const seen = new Set<ObservationFlag>();
  for (const flags of flagLists) for (const f of flags ?? []) seen.add(f);
  return ORDER.filter((c) => seen.has(c));
}

/** How each caveat is worded in the explanation (zh / en). */
export const CAVEAT_TEXT: Readonly<Record<Caveat, Bilingual>> = Object.freeze({
  definition_differs: { zh: "口径不一致", en: "definition differs from the plan's" },
  low_confidence: { zh: "数据可信度低", en: "low-confidence source" },
});

/**
 * The suffix appended to an explanation when there are caveats:
 * zh "；注：口径不一致、数据可信度低", en "; note: definition differs from the plan's,
 * low-confidence source". Empty strings when there are none. A separate clause rather
 * than parentheses, because schedule sentences already end in "（reason）".
 */
export function caveatSuffix(caveats: readonly Caveat[]): Bilingual {
  if (caveats.length === 0) return { zh: "", en: "" };
  const zh = caveats.map((c) => CAVEAT_TEXT[c].zh).join("、");
  const en = caveats.map((c) => CAVEAT_TEXT[c].en).join(", ");
  return { zh: `；注：${zh}`, en: `; note: ${en}` };
}
