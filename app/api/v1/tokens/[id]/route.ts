import { apiRoute, json } from "@/lib/api/respond";
import { revokeApiToken } from "@/lib/data/api-tokens";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";

/** Revokes (never deletes): the token stops working at once and stays listed as revoked. */
export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { id } = parseInput(idParam, params);
  return json({ token: await revokeApiToken(actor, id) });
});
