// Numbers in query strings and route segments. Every one is range-checked here, so a
// value past what its database column holds (int4 ids, int8 audit ids) is a 422 naming
// the range, never a 500 from the driver. Strict decimal digits: z.coerce would read
// "1e3" as 1000, "0x10" as 16 and "" or " " as 0.
import { z } from "zod";

/** Largest value of a PostgreSQL `integer` (Prisma Int): ids, years, offsets. */
export const INT4_MAX = 2_147_483_647;
/** Largest value of a PostgreSQL `bigint` (Prisma BigInt): audit log ids. */
const INT8_MAX = 9_223_372_036_854_775_807n;

const DIGITS = /^[+-]?\d+$/;

/** A whole number written in decimal digits, from `min` to `max` inclusive. */
export function wholeNumber(min: number, max: number) {
  return z.string({ error: "integer" }).trim().regex(DIGITS, { error: "integer" }).transform(Number).pipe(z.number().int().min(min).max(max));
}

/** A positive int8 id kept as its decimal string (a JavaScript number cannot hold every one). */
export const bigIdString = z
  .string({ error: "positive" })
  .trim()
  .regex(/^\d+$/, { error: "positive" })
  .transform((s) => BigInt(s))
  .pipe(z.bigint().min(1n).max(INT8_MAX))
  .transform(String);

/** Digits that are meant as an int4 id must fit one (other text passes unchanged). */
export function digitsFitInt4(s: string, ctx: z.RefinementCtx): void {
  if (!/^\d+$/.test(s)) return;
  const n = Number(s);
  if (n > INT4_MAX) ctx.addIssue({ code: "too_big", origin: "number", maximum: INT4_MAX, inclusive: true, input: s });
  else if (n < 1) ctx.addIssue({ code: "too_small", origin: "number", minimum: 1, inclusive: true, input: s });
}

/** A page URL's parameter as one value: a repeated one (?a=1&a=2) counts once. */
export const firstOf = (v: unknown) => (Array.isArray(v) ? (v as unknown[])[0] : v);

/** A page number of a list page's URL (?page=): anything not a page number is the first page. */
export const pageParam = z.preprocess(firstOf, wholeNumber(1, 1_000_000).optional().catch(undefined));
