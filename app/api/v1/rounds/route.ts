import { parseBody } from "@/lib/api/read-json";
import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { createRound, listRounds } from "@/lib/data/rounds";
import { roundCreateInput, roundListQuery } from "@/lib/validation/rounds";

export const GET = apiRoute(async ({ req, actor }) => {
  const q = parseQuery(req, roundListQuery);
  return json({ rounds: await listRounds(actor, q.plan) });
});

export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "round.manage");
  const input = await parseBody(req, roundCreateInput);
  return json(await createRound(actor, input), 201);
});
