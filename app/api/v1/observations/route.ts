import { parseQuery } from "@/lib/api/query";
import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { createObservation } from "@/lib/data/observation-entry";
import { listObservations } from "@/lib/data/observations";
import { observationInput } from "@/lib/validation/observation";
import { plausibilityMessages } from "@/lib/validation/plausibility-messages";
import { observationListQuery } from "@/lib/validation/read-queries";

// Each observation's `id` is the id of its current version: send it back as
// `baseVersionId` when editing, to be told (409) if someone saved in between.
export const GET = apiRoute(async ({ req, actor }) => {
  const filter = parseQuery(req, observationListQuery);
  return json({ observations: await listObservations(actor, filter), asOf: (filter.asOf ?? new Date()).toISOString() });
});

/** 201 with the new version; 200 when identical to the current one (nothing written). */
export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "observation.write");
  const input = await parseBody(req, observationInput);
  const r = await createObservation(actor, input);
  const warnings = plausibilityMessages(r.warnings, r.observation.unit);
  return json({ status: r.status, observation: r.observation, warnings }, r.status === "created" ? 201 : 200);
});
