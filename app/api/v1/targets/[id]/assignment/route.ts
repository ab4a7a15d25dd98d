import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { setTargetAssignment } from "@/lib/data/unit-assignments";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";
import { targetAssignment } from "@/lib/validation/units";

/** Replaces the target's lead and supporting units. */
export const PUT = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "unit.manage");
  const { id } = parseInput(idParam, params);
  const input = await parseBody(req, targetAssignment);
  return json({ targetId: id, assignment: await setTargetAssignment(actor, id, input) });
});
