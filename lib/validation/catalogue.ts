// Inputs for editing the indicator catalogue and the plan's targets (admins; indicators also analysts).
import { z } from "zod";
import { decimalInput, optionalText, requiredText, yearInput } from "./fields";
import { EARLIEST_YEAR } from "@/lib/import/year-range";

/** Target years lie ahead (2020, 2030 …); observations stop at next year. */
const targetYear = z.coerce.number({ error: "year" }).int({ error: "year" }).min(EARLIEST_YEAR, { error: "yearRange" }).max(2100, { error: "yearRange" });

const INDICATOR_CODE = /^[a-z][a-z0-9_]{1,63}$/;

const indicatorFields = {
  nameZh: requiredText(200),
  nameEn: requiredText(200),
  unit: requiredText(32),
  definitionZh: optionalText(4000),
  definitionEn: optionalText(4000),
  attribute: z.enum(["binding", "expected"], { error: "attribute" }).nullable().optional(),
};

export const indicatorCreate = z.object({
  code: z.string({ error: "required" }).trim().regex(INDICATOR_CODE, { error: "indicatorCode" }),
  ...indicatorFields,
});

export const indicatorPatch = z
  .object(indicatorFields)
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: "nothingToChange" });

export type IndicatorCreate = z.output<typeof indicatorCreate>;
export type IndicatorPatch = z.output<typeof indicatorPatch>;

const targetType = z.enum(["min", "max", "approx"], { error: "targetType" });
const baseline = z.object({ year: yearInput, value: decimalInput }).nullable();
const tolerance = z.coerce.number({ error: "number" }).min(0, { error: "number" }).max(1000, { error: "number" }).nullable();

export const targetCreate = z.object({
  /** plan slug; default: the first plan */
  plan: z.string().trim().max(64).optional(),
  indicator: requiredText(64),
  region: requiredText(64),
  year: targetYear,
  value: decimalInput,
  /** the unit `value` (and the baseline value) is written in; empty = the indicator's */
  unit: z.string().trim().max(32).optional().default(""),
  type: targetType,
  tolerancePct: tolerance.optional(),
  baseline: baseline.optional(),
  clause: requiredText(200),
});

export const targetPatch = z
  .object({ year: targetYear, value: decimalInput, unit: z.string().trim().max(32), type: targetType, tolerancePct: tolerance, baseline, clause: requiredText(200) })
  .partial()
  .refine((p) => Object.entries(p).some(([k, v]) => k !== "unit" && v !== undefined), { error: "nothingToChange" });

export type TargetCreate = z.output<typeof targetCreate>;
export type TargetPatch = z.output<typeof targetPatch>;
