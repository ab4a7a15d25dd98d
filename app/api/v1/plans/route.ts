import { apiRoute, json } from "@/lib/api/respond";
import { listPlans } from "@/lib/data/plans";

export const GET = apiRoute(async ({ actor }) => json({ plans: await listPlans(actor) }));
