import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { listIndicators } from "@/lib/data/indicators";
import { createIndicator } from "@/lib/data/indicator-writes";
import { indicatorCreate } from "@/lib/validation/catalogue";
import { readJsonBody } from "@/lib/validation/json-body";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute(async ({ actor }) => json({ indicators: await listIndicators(actor) }));

export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "indicator.write");
  const input = parseInput(indicatorCreate, await readJsonBody(req));
  return json({ indicator: await createIndicator(actor, input) }, 201);
});
