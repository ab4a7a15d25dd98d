// Field schemas shared by several inputs. Messages are keys of VALIDATION_MESSAGES.
import { z } from "zod";
import { parseDecimal } from "@/lib/import/parse-number";
import { EARLIEST_YEAR, parseYear } from "@/lib/import/year-range";
import { INT4_MAX } from "./query-fields";

/** A number as analysts write it (161.97, "1,619,700", "１６１.９７") → value and the digits as written. */
export const decimalInput = z.union([z.number(), z.string()], { error: "number" }).transform((v, ctx) => {
  const parsed = parseDecimal(typeof v === "number" ? String(v) : v);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.reason === "empty" ? "required" : "number" });
    return z.NEVER;
  }
  return { value: parsed.value, asEntered: parsed.cleaned };
});

/**
 * A statistical year: 1949 … next year (plans and provisional releases run ahead). Read
 * by the file importer's parser (parseYear), so JSON, forms, CSV and XLSX agree:
 * 2018, "2018", "２０１８", "2018年".
 */
export const yearInput = z.union([z.number(), z.string()], { error: "year" }).transform((v, ctx) => {
  const year = typeof v === "number" ? (Number.isInteger(v) ? v : null) : parseYear(v);
  if (year === null || year < 1000 || year > 9999) {
    ctx.addIssue({ code: "custom", message: "year" });
    return z.NEVER;
  }
  if (year < EARLIEST_YEAR || year > new Date().getFullYear() + 1) {
    ctx.addIssue({ code: "custom", message: "yearRange" });
    return z.NEVER;
  }
  return year;
});

export const requiredText = (max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
export const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" }).optional();

/** A row id (int4): larger numbers name no row and would overflow the column (422, not 500). */
export const positiveId = z.coerce.number({ error: "positive" }).int({ error: "positive" }).positive({ error: "positive" }).max(INT4_MAX, { error: "idRange" });

/** "true"/"1"/"yes" → true, "false"/"0"/"no"/"" → false (query strings and checkboxes). */
export const booleanFlag = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0", "yes", "no", "on", ""])])
  .transform((v) => v === true || v === "true" || v === "1" || v === "yes" || v === "on");
