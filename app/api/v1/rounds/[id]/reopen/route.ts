import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { reopenRound } from "@/lib/data/round-freeze";
import { roundIdParam, roundReopenInput } from "@/lib/validation/rounds";
import { parseInput } from "@/lib/validation/parse";

export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "round.manage");
  const { id } = parseInput(roundIdParam, params);
  const { reason } = await parseBody(req, roundReopenInput);
  return json(await reopenRound(actor, id, reason));
});
