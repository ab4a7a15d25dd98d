import { apiRoute, json } from "@/lib/api/respond";
import { listPlanVersions } from "@/lib/data/plan-versions";

/** Every published version of the plan, and every version of each of its targets. */
export const GET = apiRoute<{ slug: string }>(async ({ actor, params }) => json(await listPlanVersions(actor, params.slug)));
