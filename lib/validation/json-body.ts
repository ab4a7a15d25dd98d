import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";

/** The request body as JSON, or a 422 that says so (instead of a 500 on a parse error). */
export async function readJsonBody(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError("VALIDATION", msg("请求体应为 JSON", "The request body must be JSON"));
  }
}
