// Input for a plan's evaluation settings (admins): the completion tolerance for 基本完成
// and the 序时进度 thresholds, all in percent or percentage points.
import { z } from "zod";
import { booleanFlag } from "./fields";

const pct = z.coerce.number({ error: "number" }).finite({ error: "number" }).min(0, { error: "percentRange" }).max(100, { error: "percentRange" });

export const planSettingsPatch = z
  .object({
    nearlyAchievedPct: pct.optional(),
    onTrackLagPp: pct.optional(),
    atRiskLagPp: pct.optional(),
    ceilingMarginPp: pct.optional(),
    // four-eyes rule: analysts' own entries become submissions another reviewer accepts
    fourEyes: booleanFlag.optional(),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { error: "nothingToChange" });

export type PlanSettingsPatch = z.output<typeof planSettingsPatch>;
