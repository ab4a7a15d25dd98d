// Inputs for editing the indicator catalogue and the plan's targets (admins; indicators also analysts).
import { z } from "zod";
import { decimalInput, optionalText, requiredText, yearInput } from "./fields";
import { EARLIEST_YEAR } from "@/lib/import/year-range";
import { TARGET_KINDS, targetKindIssues } from "./target-kind";

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
/** value may be left out only by a cumulative target (the year b alone); targetKindIssues says so. */
const baseline = z.object({ year: yearInput, value: decimalInput.optional() }).nullable();
const tolerance = z.coerce.number({ error: "number" }).min(0, { error: "number" }).max(1000, { error: "number" }).nullable();
const targetKind = z.enum(TARGET_KINDS, { error: "targetKind" });
/** growth_rate / reduction, in percent: 6 = 6 %/yr; a fall of more than 100 % means nothing. */
const rate = z.coerce.number({ error: "number" }).min(-100, { error: "number" }).max(1000, { error: "number" }).nullable();

export const targetCreate = z
  .object({
    /** plan slug; default: the first plan */
    plan: z.string().trim().max(64).optional(),
    indicator: requiredText(64),
    region: requiredText(64),
    year: targetYear,
    /** level: the level in `year`; cumulative: the sum over b+1 … year; growth_rate / reduction: left out (implied) */
    value: decimalInput.optional(),
    /** the unit `value` (and the baseline value) is written in; empty = the indicator's */
    unit: z.string().trim().max(32).optional().default(""),
    type: targetType,
    kind: targetKind.optional().default("level"),
    rate: rate.optional(),
    tolerancePct: tolerance.optional(),
    baseline: baseline.optional(),
    clause: requiredText(200),
  })
  .superRefine((t, ctx) => {
    for (const i of targetKindIssues(t)) ctx.addIssue({ code: "custom", path: i.path, message: i.key });
  });

export const targetPatch = z
  .object({
    year: targetYear,
    value: decimalInput,
    unit: z.string().trim().max(32),
    type: targetType,
    kind: targetKind,
    rate,
    tolerancePct: tolerance,
    baseline,
    clause: requiredText(200),
  })
  .partial()
  .refine((p) => Object.entries(p).some(([k, v]) => k !== "unit" && v !== undefined), { error: "nothingToChange" });

export type TargetCreate = z.output<typeof targetCreate>;
export type TargetPatch = z.output<typeof targetPatch>;
