import { apiRoute, json } from "@/lib/api/respond";
import { getRegion } from "@/lib/data/regions";
import { AppError } from "@/lib/errors";

export const GET = apiRoute<{ adcode: string }>(async ({ actor, params }) => {
  const region = await getRegion(actor, params.adcode);
  if (!region) throw new AppError("NOT_FOUND", { zh: `没有行政区划代码为 ${params.adcode} 的地区`, en: `No region with code ${params.adcode}` });
  return json(region);
});
