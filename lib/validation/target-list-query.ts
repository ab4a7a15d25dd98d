import { z } from "zod";
import { firstOf, pageParam, wholeNumber } from "@/lib/validation/query-fields";

// The /indicators URL, read leniently: a repeated parameter counts once, an empty one
// (the filter's "all") or a bad page number as not given; an unknown indicator or
// region simply finds no target.
const text = z.preprocess(firstOf, z.string().trim().min(1).max(64).optional().catch(undefined));

export const targetListParams = z.object({
  plan: text,
  indicator: text,
  region: text,
  /** a target year (the home page's link to every outlook target) */
  year: z.preprocess(firstOf, wholeNumber(1900, 2200).optional().catch(undefined)),
  page: pageParam,
});
