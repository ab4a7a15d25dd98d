import { apiRoute, json } from "@/lib/api/respond";
import { listIndicators } from "@/lib/data/indicators";

export const GET = apiRoute(async ({ actor }) => json({ indicators: await listIndicators(actor) }));
