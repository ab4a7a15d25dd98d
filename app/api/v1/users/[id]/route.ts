import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { updateUser } from "@/lib/data/users";
import { idParam, userPatch } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";

export const PATCH = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "user.manage");
  const { id } = parseInput(idParam, params);
  const patch = await parseBody(req, userPatch);
  return json({ user: await updateUser(actor, id, patch) });
});
