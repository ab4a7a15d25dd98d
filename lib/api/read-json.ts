import "server-only";
import { AppError } from "@/lib/errors";

/** The request's JSON body; malformed JSON is a 422 like any invalid input, not a 500. */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("VALIDATION", { zh: "请求体不是有效的 JSON", en: "The request body is not valid JSON" });
  }
}
