// Inputs of units (责任单位) and of who is assigned what.
import { z } from "zod";
import { booleanFlag, optionalText, positiveId, requiredText } from "./fields";

const unitFields = {
  nameZh: requiredText(100),
  nameEn: requiredText(200),
  kind: optionalText(100),
  contact: optionalText(200),
};

export const unitCreate = z.object(unitFields);
export const unitPatch = z
  .object({ ...unitFields, active: booleanFlag })
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: "nothingToChange" });

export type UnitCreate = z.output<typeof unitCreate>;
export type UnitPatch = z.output<typeof unitPatch>;

/** A target's 牵头单位 (null: none) and 配合单位; replaces what was assigned before. */
export const targetAssignment = z
  .object({
    leadUnitId: positiveId.nullable(),
    supportUnitIds: z.array(positiveId).max(50).default([]),
  })
  .transform((a) => ({ ...a, supportUnitIds: [...new Set(a.supportUnitIds)].filter((id) => id !== a.leadUnitId) }));

export type TargetAssignment = z.output<typeof targetAssignment>;

/** One indicator × region series assigned to units, whatever the target (replaces the series' rows). */
export const seriesAssignment = z
  .object({
    indicator: requiredText(64),
    region: requiredText(64),
    leadUnitId: positiveId.nullable(),
    supportUnitIds: z.array(positiveId).max(50).default([]),
  })
  .transform((a) => ({ ...a, supportUnitIds: [...new Set(a.supportUnitIds)].filter((id) => id !== a.leadUnitId) }));

export type SeriesAssignmentInput = z.output<typeof seriesAssignment>;
