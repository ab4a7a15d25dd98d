import { apiRoute, json, searchParams } from "@/lib/api/respond";
import { listObservations } from "@/lib/data/observations";
import { observationListQuery } from "@/lib/validation/read-queries";

export const GET = apiRoute(async ({ req, actor }) => {
  const filter = observationListQuery.parse(searchParams(req));
  return json({ observations: await listObservations(actor, filter), asOf: (filter.asOf ?? new Date()).toISOString() });
});
