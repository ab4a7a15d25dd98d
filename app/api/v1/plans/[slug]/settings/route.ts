import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { updatePlanSettings } from "@/lib/data/plan-settings";
import { planSettingsPatch } from "@/lib/validation/plan-settings";

export const PATCH = apiRoute<{ slug: string }>(async ({ req, actor, params }) => {
  authorize(actor, "plan.settings");
  const patch = await parseBody(req, planSettingsPatch);
  return json({ settings: await updatePlanSettings(actor, params.slug, patch) });
});
