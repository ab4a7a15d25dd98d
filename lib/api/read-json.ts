import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { parseInput } from "@/lib/validation/parse";

/**
 * The request's JSON body, the one way handlers read it. Malformed JSON is a 422 like
 * any invalid input, not a 500. An empty body reads as `{}`: endpoints whose fields are
 * all optional (duplicate, share) take none, and the others then name each missing field.
 */
async function readJsonBody(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("VALIDATION", msg("请求体应为 JSON", "The request body must be JSON"));
  }
}

/** The JSON body parsed with its schema, or a 422 whose issues name each field in Chinese and English. */
export async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  return parseInput(schema, await readJsonBody(req));
}
