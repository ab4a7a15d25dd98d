import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { freezeRound } from "@/lib/data/round-freeze";
import { roundIdParam } from "@/lib/validation/rounds";
import { parseInput } from "@/lib/validation/parse";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "round.manage");
  const { id } = parseInput(roundIdParam, params);
  return json(await freezeRound(actor, id));
});
