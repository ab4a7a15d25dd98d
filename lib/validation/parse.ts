// Parsing an input with its schema, the same way for the API and for server actions.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { msg, type Message } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/locale";
import { issueMessage, type IssueFacts } from "./messages";

export interface FieldIssue {
  /** Dotted path of the field: "source", "baseline.year"; "" for the input as a whole. */
  path: string;
  message: Message;
}

export const INVALID_INPUT = msg("输入有误，请检查标出的字段", "Some fields need correcting");

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: issueMessage(i as IssueFacts) }));
}

/** The parsed input, or an AppError VALIDATION (422) listing every field issue. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new AppError("VALIDATION", INVALID_INPUT, { issues: issuesOf(result.error) });
  return result.data;
}

/** A one-field validation error, for checks only the data layer can make (unknown region …). */
export function fieldError(path: string, message: Message): AppError {
  return new AppError("VALIDATION", message, { issues: [{ path, message }] });
}

/** Issues → { field: [messages] } in one language, for useActionState forms; keyed by the first name of each path, or ("path") by the whole path. */
export function fieldErrors(issues: readonly FieldIssue[], locale: Locale, keyBy: "field" | "path" = "field"): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of issues) {
    const key = (keyBy === "path" ? i.path : i.path.split(".")[0]) || "_form";
    (out[key] ??= []).push(i.message[locale]);
  }
  return out;
}

/** The issues an AppError carries (see parseInput/fieldError), or none. */
export function issuesFromError(e: AppError): FieldIssue[] {
  const issues = e.extra?.issues;
  return Array.isArray(issues) ? (issues as FieldIssue[]) : [];
}
