import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { listIndicators } from "@/lib/data/indicators";
import { createIndicator } from "@/lib/data/indicator-writes";
import { indicatorCreate } from "@/lib/validation/catalogue";

export const GET = apiRoute(async ({ actor }) => json({ indicators: await listIndicators(actor) }));

export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "indicator.write");
  const input = await parseBody(req, indicatorCreate);
  return json({ indicator: await createIndicator(actor, input) }, 201);
});
