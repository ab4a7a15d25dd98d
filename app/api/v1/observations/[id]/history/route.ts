import { apiRoute, json } from "@/lib/api/respond";
import { getObservationHistory } from "@/lib/data/observation-history";
import { observationIdParam } from "@/lib/validation/observation";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { id } = parseInput(observationIdParam, params);
  return json(await getObservationHistory(actor, id));
});
