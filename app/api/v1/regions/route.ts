import { apiRoute, json, searchParams } from "@/lib/api/respond";
import { listRegions } from "@/lib/data/regions";
import { regionListQuery } from "@/lib/validation/read-queries";

export const GET = apiRoute(async ({ req, actor }) => {
  const query = regionListQuery.parse(searchParams(req));
  return json({ regions: await listRegions(actor, query) });
});
