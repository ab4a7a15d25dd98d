import { apiRoute, json } from "@/lib/api/respond";
import { getRoundResults } from "@/lib/data/round-freeze";
import { roundIdParam } from "@/lib/validation/rounds";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { id } = parseInput(roundIdParam, params);
  return json(await getRoundResults(actor, id));
});
