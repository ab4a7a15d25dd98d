import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { retractObservation } from "@/lib/data/observation-retract";
import { readJsonBody } from "@/lib/validation/json-body";
import { observationIdParam, retractInput } from "@/lib/validation/observation";
import { parseInput } from "@/lib/validation/parse";

export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "observation.retract");
  const { id } = parseInput(observationIdParam, params);
  const input = parseInput(retractInput, await readJsonBody(req));
  return json({ observation: await retractObservation(actor, id, input) }, 201);
});
