// A frozen round result's `entry` (RoundResult.entry, JSON shaped like a /api/v1/progress
// entry) read back as what the Word report needs. Parsed, not cast: a result frozen by an
// older version that lacks a field fails loudly instead of printing "undefined".
import { z } from "zod";
import type { DocEntry } from "./rows";

const yearValue = z.object({ year: z.number(), value: z.number() }).nullable();

const frozenEntrySchema = z.object({
  targetId: z.number().int(),
  targetValue: z.number(),
  targetType: z.enum(["min", "max", "approx"]),
  baseline: yearValue,
  latest: yearValue,
  completion: z.number().nullable(),
  status: z.enum(["achieved", "nearly_achieved", "within_cap", "on_track", "at_risk", "off_track", "not_achieved", "exceeded", "no_baseline", "no_data"]),
  explanation: z.object({ zh: z.string(), en: z.string() }),
  // the figure the status rested on; results frozen before it was recorded lack it
  basis: yearValue.optional(),
});

/** A frozen entry, with the figure its status rested on when the result records it. */
export type FrozenEntry = DocEntry & { basis?: { year: number; value: number } | null };

export function parseFrozenEntry(json: unknown): FrozenEntry {
  return frozenEntrySchema.parse(json);
}
