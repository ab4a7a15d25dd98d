import { apiRoute, json, searchParams } from "@/lib/api/respond";
import { listTargets } from "@/lib/data/targets";
import { targetListQuery } from "@/lib/validation/read-queries";

export const GET = apiRoute(async ({ req, actor }) => {
  const { plan, indicator, region } = targetListQuery.parse(searchParams(req));
  return json({ targets: await listTargets(actor, { planSlug: plan, indicator, region }) });
});
