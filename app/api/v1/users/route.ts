import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { createUser, listUsers } from "@/lib/data/users";
import { userCreate } from "@/lib/validation/account";

export const GET = apiRoute(async ({ actor }) => json({ users: await listUsers(actor) }));

export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "user.manage");
  const input = await parseBody(req, userCreate);
  return json({ user: await createUser(actor, input) }, 201);
});
