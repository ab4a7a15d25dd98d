import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { updateUnit } from "@/lib/data/units";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";
import { unitPatch } from "@/lib/validation/units";

export const PATCH = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "unit.manage");
  const { id } = parseInput(idParam, params);
  const patch = await parseBody(req, unitPatch);
  return json({ unit: await updateUnit(actor, id, patch) });
});
