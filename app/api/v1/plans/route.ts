import { handler, json } from "@/lib/api/respond";
import { listPlans } from "@/lib/data/plans";

export const GET = handler(async () => json({ plans: await listPlans() }));
