import { handler, json } from "@/lib/api/respond";
import { getRegion } from "@/lib/data/regions";
import { AppError } from "@/lib/errors";

export const GET = handler(async (_req: Request, ctx: { params: Promise<{ adcode: string }> }) => {
  const { adcode } = await ctx.params;
  const region = await getRegion(adcode);
  if (!region) throw new AppError("NOT_FOUND", { zh: `没有行政区划代码为 ${adcode} 的地区`, en: `No region with code ${adcode}` });
  return json(region);
});
