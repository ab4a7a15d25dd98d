import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { updateIndicator } from "@/lib/data/indicator-writes";
import { indicatorPatch } from "@/lib/validation/catalogue";

export const PATCH = apiRoute<{ code: string }>(async ({ req, actor, params }) => {
  authorize(actor, "indicator.write");
  const patch = await parseBody(req, indicatorPatch);
  return json({ indicator: await updateIndicator(actor, params.code, patch) });
});
