import { handler, json } from "@/lib/api/respond";
import { getPlanDetail } from "@/lib/data/plans";
import { AppError } from "@/lib/errors";

export const GET = handler(async (_req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  const plan = await getPlanDetail(slug);
  if (!plan) throw new AppError("NOT_FOUND", { zh: `没有规划“${slug}”`, en: `No plan "${slug}"` });
  return json(plan);
});
