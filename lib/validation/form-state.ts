// What a server action hands back to its useActionState form, and how errors become it.
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import { fieldErrors, issuesFromError } from "./parse";

export type FailureState = { status: "invalid"; fieldErrors: Record<string, string[]>; message: string } | { status: "error"; message: string };

/** AppErrors become messages in the reader's language; anything else is a bug and is rethrown. */
export function failureState(e: unknown, locale: Locale): FailureState {
  if (!(e instanceof AppError)) throw e;
  const issues = issuesFromError(e);
  if (issues.length > 0) return { status: "invalid", fieldErrors: fieldErrors(issues, locale), message: e.detail[locale] };
  return { status: "error", message: e.detail[locale] };
}

/** FormData → plain object of strings (repeated names → arrays), for zod schemas. */
export function formObject(fd: FormData, arrays: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(fd.keys())) {
    const values = fd.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrays.includes(key) ? values : (values[0] ?? "");
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}
