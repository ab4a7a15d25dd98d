// Inputs of the observation write paths: the API (JSON) and the entry form parse these.
import { z } from "zod";
import { FLAGS } from "@/lib/progress/flags";
import { MAX_NOTE_CHARS, MAX_SOURCE_CHARS } from "@/lib/import/validate-row";
import { LAYOUTS, parseColumnsParam } from "@/lib/import/yearbook/mapping-options";
import { wholeNumber } from "./query-fields";
import { booleanFlag, decimalInput, optionalText, positiveId, requiredText, yearInput } from "./fields";

/**
 * One figure. `region` is whatever identifies it (510500, 泸州市, 泸州, 开县, 成渝城市群);
 * `unit` is the unit the value is written in (empty = the indicator's unit).
 * `baseVersionId`: the version the edit started from. Omitted: no check (like an import
 * row). A number: refused with 409 unless it is still the current version. null: the
 * editor saw no figure, refused if one has been saved since.
 */
export const observationInput = z.object({
  region: requiredText(64),
  indicator: requiredText(64),
  year: yearInput,
  value: decimalInput,
  unit: z.string().trim().max(32, { error: "tooLong" }).optional().default(""),
  source: requiredText(MAX_SOURCE_CHARS),
  note: optionalText(MAX_NOTE_CHARS).default(""),
  flags: z
    .array(z.enum(FLAGS, { error: "flag" }))
    .max(FLAGS.length)
    .default([])
    .transform((f) => [...new Set(f)]),
  baseVersionId: positiveId.nullable().optional(),
});

export type ObservationInput = z.output<typeof observationInput>;

export const retractInput = z.object({
  reason: requiredText(MAX_NOTE_CHARS),
  baseVersionId: positiveId.optional(),
});

export type RetractInput = z.output<typeof retractInput>;

export const observationIdParam = z.object({ id: positiveId });

/** confirmWarnings: the analyst has seen the plausibility warnings of the dry run and imports those rows anyway. sheet: the XLSX worksheet. */
// staged: the id a staged preview answered with (read that file instead of a body); stage: keep a previewed file under an id
export const importQuery = z.object({
  dryRun: booleanFlag.optional().default(false),
  sheet: z.string().min(1).max(100).optional(),
  confirmWarnings: booleanFlag.optional().default(false),
  staged: z.string().min(1).max(64).optional(),
  stage: booleanFlag.optional().default(false),
  // yearbook tables (lib/import/yearbook): what detection cannot tell, or gets wrong
  layout: z.enum(["auto", ...LAYOUTS]).optional(),
  headerRow: wholeNumber(1, 1_048_576).optional(),
  indicator: z.string().trim().min(1).max(200).optional(),
  unit: z.string().trim().min(1).max(50).optional(),
  source: z.string().trim().min(1).max(MAX_SOURCE_CHARS).optional(),
  region: z.string().trim().min(1).max(100).optional(),
  year: wholeNumber(1900, 2100).optional(),
  /** "A:region,B:ignore,C:value" */
  columns: z
    .string()
    .max(2000)
    .transform(
      (v, ctx) =>
        parseColumnsParam(v) ??
        (ctx.addIssue({ code: "custom", message: "columns: A:region,B:value … (region/year/indicator/value/unit/source/note/flags/published/ignore)" }),
        z.NEVER),
    )
    .optional(),
  mapping: z.string().trim().min(1).max(200).optional(),
  saveMapping: z.string().trim().min(1).max(200).optional(),
  /** Rows (preview keys) that may overwrite a newer correction: "all" or "3,7,12". */
  overwrite: z
    .string()
    .max(20_000)
    .regex(/^(all|\d+(,\d+)*)$/)
    .transform((v) => (v === "all" ? ("all" as const) : v.split(",").map(Number)))
    .optional(),
});
