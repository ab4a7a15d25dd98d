import { handler, json } from "@/lib/api/respond";
import { listIndicators } from "@/lib/data/indicators";

export const GET = handler(async () => json({ indicators: await listIndicators() }));
