import type { z } from "zod";
import { parseInput } from "@/lib/validation/parse";

/**
 * The one way handlers read a query string: parsed with its zod schema (numbers through
 * lib/validation/query-fields.ts, range-checked), or a 422 whose issues say, in Chinese
 * and English, which parameter is wrong and what range it takes.
 */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  return parseInput(schema, Object.fromEntries(new URL(req.url).searchParams.entries()));
}
