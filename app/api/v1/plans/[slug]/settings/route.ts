import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { updatePlanSettings } from "@/lib/data/plan-settings";
import { planSettingsPatch } from "@/lib/validation/plan-settings";
import { readJsonBody } from "@/lib/validation/json-body";
import { parseInput } from "@/lib/validation/parse";

export const PATCH = apiRoute<{ slug: string }>(async ({ req, actor, params }) => {
  authorize(actor, "plan.settings");
  const patch = parseInput(planSettingsPatch, await readJsonBody(req));
  return json({ settings: await updatePlanSettings(actor, params.slug, patch) });
});
