import { parseQuery } from "@/lib/api/query";
import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { listTargets } from "@/lib/data/targets";
import { selectPlan } from "@/lib/data/plan-selection";
import { createTarget } from "@/lib/data/target-writes";
import { targetCreate } from "@/lib/validation/catalogue";
import { targetListQuery } from "@/lib/validation/read-queries";

/**
 * GET /api/v1/targets?plan=<slug>&indicator=&region=&limit=&after=
 * `limit` targets (default 100) in id order; `next` is the `after` of the next page, null
 * on the last.
 */
export const GET = apiRoute(async ({ req, actor }) => {
  const q = parseQuery(req, targetListQuery);
  // plan-scoped: the plan named, else the default plan; the answer names it
  const plan = await selectPlan(actor, q.plan);
  // one more than the page: whether there is a next one
  const rows = plan ? await listTargets(actor, { planSlug: plan, indicator: q.indicator, region: q.region }, { after: q.after, take: q.limit + 1 }) : [];
  const targets = rows.slice(0, q.limit);
  return json({ plan, targets, next: rows.length > q.limit ? targets[targets.length - 1]!.id : null });
});

export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "target.write");
  const input = await parseBody(req, targetCreate);
  return json({ target: await createTarget(actor, input) }, 201);
});
