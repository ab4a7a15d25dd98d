import { parseQuery } from "@/lib/api/query";
import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { listTargets } from "@/lib/data/targets";
import { selectPlan } from "@/lib/data/plan-selection";
import { createTarget } from "@/lib/data/target-writes";
import { targetCreate } from "@/lib/validation/catalogue";
import { targetListQuery } from "@/lib/validation/read-queries";

export const GET = apiRoute(async ({ req, actor }) => {
  const q = parseQuery(req, targetListQuery);
  // plan-scoped: the plan named, else the default plan; the answer names it
  const plan = await selectPlan(actor, q.plan);
  return json({ plan, targets: plan ? await listTargets(actor, { planSlug: plan, indicator: q.indicator, region: q.region }) : [] });
});

export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "target.write");
  const input = await parseBody(req, targetCreate);
  return json({ target: await createTarget(actor, input) }, 201);
});
