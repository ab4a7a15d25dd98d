import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { updateTarget } from "@/lib/data/target-writes";
import { idParam } from "@/lib/validation/account";
import { targetPatch } from "@/lib/validation/catalogue";
import { parseInput } from "@/lib/validation/parse";

export const PATCH = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "target.write");
  const { id } = parseInput(idParam, params);
  const patch = await parseBody(req, targetPatch);
  return json({ target: await updateTarget(actor, id, patch) });
});
