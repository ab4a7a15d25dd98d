import { parseQuery } from "@/lib/api/query";
import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/permissions";
import { recordEntry } from "@/lib/data/submissions";
import { listObservations } from "@/lib/data/observations";
import { entryInput } from "@/lib/validation/submissions";
import { plausibilityMessages } from "@/lib/validation/plausibility-messages";
import { observationListQuery } from "@/lib/validation/read-queries";

// Each observation's `id` is the id of its current version: send it back as
// `baseVersionId` when editing, to be told (409) if someone saved in between.
export const GET = apiRoute(async ({ req, actor }) => {
  const filter = parseQuery(req, observationListQuery);
  return json({ observations: await listObservations(actor, filter), asOf: (filter.asOf ?? new Date()).toISOString() });
});

/**
 * 201 with the new version; 200 when identical to the current one (nothing written).
 * A reporter's figure (or an analyst's under the plan's four-eyes rule) is a submission
 * awaiting review instead: 201 {id, status: "submitted"}; 403 for a series not assigned
 * to the reporter's unit. Who may do which is decided in recordEntry (lib/permissions.ts).
 */
export const POST = apiRoute(async ({ req, actor }) => {
  // refuse a role before reading the body (401/403 first, as for every write)
  if (!can(actor, "submission.create")) authorize(actor, "observation.write");
  const input = await parseBody(req, entryInput);
  const r = await recordEntry(actor, input);
  if (r.kind === "submission") {
    const { id, status, warnings, unit } = r;
    return json({ id, status, submission: { id, status, roundId: input.roundId ?? null }, warnings: plausibilityMessages(warnings, unit) }, 201);
  }
  const warnings = plausibilityMessages(r.warnings, r.observation.unit);
  return json({ status: r.status, observation: r.observation, warnings }, r.status === "created" ? 201 : 200);
});
