import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { updateIndicator } from "@/lib/data/indicator-writes";
import { indicatorPatch } from "@/lib/validation/catalogue";
import { readJsonBody } from "@/lib/validation/json-body";
import { parseInput } from "@/lib/validation/parse";

export const PATCH = apiRoute<{ code: string }>(async ({ req, actor, params }) => {
  authorize(actor, "indicator.write");
  const patch = parseInput(indicatorPatch, await readJsonBody(req));
  return json({ indicator: await updateIndicator(actor, params.code, patch) });
});
