import { z } from "zod";
import { positiveId, requiredText } from "./fields";
import { wholeNumber } from "./query-fields";

// Monitoring rounds (年度监测): one schema per input, for the API and the admin form.

/** A calendar day "YYYY-MM-DD" (the due date is a day in China, not a moment). */
const day = z.iso.date({ error: "date" });

export const roundCreateInput = z.object({
  plan: z.string().trim().min(1).max(64),
  /** The statistical year whose figures are collected (2025 for the spring-2026 round). */
  year: z.coerce.number({ error: "year" }).int({ error: "year" }).min(1949, { error: "yearRange" }).max(2100, { error: "yearRange" }),
  dueDate: day,
  name: requiredText(120),
  /** Absent: every target of the plan monitored that year (target year ≥ year). */
  targets: z.array(positiveId).max(10_000).optional(),
});
export type RoundCreateInput = z.infer<typeof roundCreateInput>;

export const roundIdParam = z.object({ id: positiveId });

export const roundListQuery = z.object({ plan: z.string().trim().min(1).max(64).optional() });

export const roundReopenInput = z.object({ reason: requiredText(2000) });

export const warningsQuery = z.object({
  plan: z.string().trim().min(1).max(64).optional(),
  /** The round's frozen results (the live evaluation of its targets while never frozen). */
  round: wholeNumber(1, 2_147_483_647).optional(),
  /** Targets this unit is assigned to (lead or support). */
  unit: wholeNumber(1, 2_147_483_647).optional(),
  kind: z.enum(["off_track", "at_risk", "cap_crossing", "no_data"]).optional(),
  /** Region adcode. */
  region: z.string().trim().min(2).max(16).optional(),
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
});

/** A unit's to-do list; absent: the signed-in user's own unit. */
export const roundTodoQuery = z.object({ unit: wholeNumber(1, 2_147_483_647).optional() });
