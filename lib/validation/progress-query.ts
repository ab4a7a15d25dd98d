import { z } from "zod";
import { parseAsOf } from "@/lib/validation/as-of";
import { firstOf, INT4_MAX, wholeNumber } from "@/lib/validation/query-fields";
import type { OverviewParams } from "@/lib/progress/overview-query";

// Query of GET /api/v1/progress and of the dashboard pages' URLs: the same parameters
// mean the same thing everywhere (asOf = a day, read as the end of that day in China,
// or a full ISO timestamp).
export const asOfParam = z
  .string()
  .trim()
  .refine((s) => parseAsOf(s) !== null, { error: "asOf" })
  .transform((s) => parseAsOf(s)!);

export const progressQuery = z.object({
  plan: z.string().trim().min(1).max(64).optional(),
  asOf: asOfParam.optional(),
  indicator: z.string().trim().min(1).max(64).optional(),
  region: z.string().trim().min(2).max(16).optional(),
  /** Page size; the answer says which id to pass as `after` for the next page. */
  limit: wholeNumber(1, 1000).default(100),
  after: wholeNumber(0, INT4_MAX).optional(),
});

// The overview page's URL, and its parts' (app/(app)/progress/parts/[part]): plain strings,
// read leniently — an unknown indicator colours by all targets, an invalid day shows the
// latest data with a note (readAsOfParam) — and a repeated parameter counts once.
const lenient = z.preprocess(firstOf, z.string().max(200).optional().catch(undefined));
export const overviewParams = z.object({ asOf: lenient, plan: lenient, map: lenient, rows: lenient, cols: lenient }) satisfies z.ZodType<OverviewParams>;
