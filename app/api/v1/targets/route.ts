import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { listTargets } from "@/lib/data/targets";
import { createTarget } from "@/lib/data/target-writes";
import { targetCreate } from "@/lib/validation/catalogue";
import { readJsonBody } from "@/lib/validation/json-body";
import { parseInput } from "@/lib/validation/parse";
import { targetListQuery } from "@/lib/validation/read-queries";

export const GET = apiRoute(async ({ req, actor }) => {
  const { plan, indicator, region } = parseQuery(req, targetListQuery);
  return json({ targets: await listTargets(actor, { planSlug: plan, indicator, region }) });
});

export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "target.write");
  const input = parseInput(targetCreate, await readJsonBody(req));
  return json({ target: await createTarget(actor, input) }, 201);
});
