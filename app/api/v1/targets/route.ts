import { handler, json, searchParams } from "@/lib/api/respond";
import { listTargets } from "@/lib/data/targets";
import { targetListQuery } from "@/lib/validation/read-queries";

export const GET = handler(async (req: Request) => {
  const { plan, indicator, region } = targetListQuery.parse(searchParams(req));
  return json({ targets: await listTargets({ planSlug: plan, indicator, region }) });
});
