import { parseQuery } from "@/lib/api/query";
import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { listTargets } from "@/lib/data/targets";
import { createTarget } from "@/lib/data/target-writes";
import { targetCreate } from "@/lib/validation/catalogue";
import { targetListQuery } from "@/lib/validation/read-queries";

export const GET = apiRoute(async ({ req, actor }) => {
  const { plan, indicator, region } = parseQuery(req, targetListQuery);
  return json({ targets: await listTargets(actor, { planSlug: plan, indicator, region }) });
});

export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "target.write");
  const input = await parseBody(req, targetCreate);
  return json({ target: await createTarget(actor, input) }, 201);
});
