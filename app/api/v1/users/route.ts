import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { createUser, listUsers } from "@/lib/data/users";
import { userCreate } from "@/lib/validation/account";
import { readJsonBody } from "@/lib/validation/json-body";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute(async ({ actor }) => json({ users: await listUsers(actor) }));

export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "user.manage");
  const input = parseInput(userCreate, await readJsonBody(req));
  return json({ user: await createUser(actor, input) }, 201);
});
