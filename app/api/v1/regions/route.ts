import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { listRegions } from "@/lib/data/regions";
import { regionListQuery } from "@/lib/validation/read-queries";

export const GET = apiRoute(async ({ req, actor }) => {
  const query = parseQuery(req, regionListQuery);
  return json({ regions: await listRegions(actor, query) });
});
