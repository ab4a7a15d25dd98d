import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { retractObservation } from "@/lib/data/observation-retract";
import { observationIdParam, retractInput } from "@/lib/validation/observation";
import { parseInput } from "@/lib/validation/parse";

export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "observation.retract");
  const { id } = parseInput(observationIdParam, params);
  const input = await parseBody(req, retractInput);
  return json({ observation: await retractObservation(actor, id, input) }, 201);
});
