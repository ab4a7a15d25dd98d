import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { updateTarget } from "@/lib/data/target-writes";
import { idParam } from "@/lib/validation/account";
import { targetPatch } from "@/lib/validation/catalogue";
import { readJsonBody } from "@/lib/validation/json-body";
import { parseInput } from "@/lib/validation/parse";

export const PATCH = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "target.write");
  const { id } = parseInput(idParam, params);
  const patch = parseInput(targetPatch, await readJsonBody(req));
  return json({ target: await updateTarget(actor, id, patch) });
});
