import { handler, json, searchParams } from "@/lib/api/respond";
import { listObservations } from "@/lib/data/observations";
import { observationListQuery } from "@/lib/validation/read-queries";

export const GET = handler(async (req: Request) => {
  const filter = observationListQuery.parse(searchParams(req));
  return json({ observations: await listObservations(filter), asOf: (filter.asOf ?? new Date()).toISOString() });
});
