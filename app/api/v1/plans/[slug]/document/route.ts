import { apiRoute, json } from "@/lib/api/respond";
import { exportPlanDocument } from "@/lib/data/plan-export";
import { AppError } from "@/lib/errors";

/** The plan as it stands, as a plan document: publishing it under another slug recreates it. */
export const GET = apiRoute<{ slug: string }>(async ({ actor, params }) => {
  const doc = await exportPlanDocument(actor, params.slug);
  if (!doc) throw new AppError("NOT_FOUND", { zh: `没有规划“${params.slug}”`, en: `No plan "${params.slug}"` });
  return json(doc, { headers: { "content-disposition": `attachment; filename="${params.slug}.json"` } });
});
