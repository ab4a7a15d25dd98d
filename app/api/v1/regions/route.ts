import { handler, json, searchParams } from "@/lib/api/respond";
import { listRegions } from "@/lib/data/regions";
import { regionListQuery } from "@/lib/validation/read-queries";

export const GET = handler(async (req: Request) => {
  const query = regionListQuery.parse(searchParams(req));
  return json({ regions: await listRegions(query) });
});
