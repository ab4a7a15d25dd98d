import { apiRoute, json } from "@/lib/api/respond";
import { getPlanDetail } from "@/lib/data/plans";
import { AppError } from "@/lib/errors";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params }) => {
  const plan = await getPlanDetail(actor, params.slug);
  if (!plan) throw new AppError("NOT_FOUND", { zh: `没有规划“${params.slug}”`, en: `No plan "${params.slug}"` });
  return json(plan);
});
