import { z } from "zod";
import { INT4_MAX, wholeNumber } from "./query-fields";

// One schema per input; the API and the pages parse query strings with these.
const adcode = z.string().trim().min(2).max(16);
const year = wholeNumber(1900, 2100);

export const regionListQuery = z.object({ q: z.string().trim().max(50).optional() });

export const targetListQuery = z.object({
  plan: z.string().trim().max(64).optional(),
  indicator: z.string().trim().max(64).optional(),
  region: adcode.optional(),
  /** Page size; the answer says which id to pass as `after` for the next page (as GET /api/v1/progress). */
  limit: wholeNumber(1, 1000).default(100),
  after: wholeNumber(0, INT4_MAX).optional(),
});

export const observationListQuery = z.object({
  indicator: z.string().trim().max(64).optional(),
  region: adcode.optional(),
  from: year.optional(),
  to: year.optional(),
  asOf: z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .transform((s) => new Date(s))
    .optional(),
});
