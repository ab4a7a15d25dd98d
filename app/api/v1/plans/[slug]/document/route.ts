import { apiRoute, json } from "@/lib/api/respond";
import { exportPlanDocument } from "@/lib/data/plan-export";
import { exportPlanWorkbook, XLSX_CONTENT_TYPE } from "@/lib/data/plan-workbook";
import { AppError } from "@/lib/errors";

const notFound = (slug: string) => new AppError("NOT_FOUND", { zh: `没有规划“${slug}”`, en: `No plan "${slug}"` });

/**
 * The plan as it stands, as a plan document (`?format=xlsx`: as the workbook of the
 * template): publishing it under another slug recreates it.
 */
export const GET = apiRoute<{ slug: string }>(async ({ req, actor, params }) => {
  const format = new URL(req.url).searchParams.get("format") ?? "json";
  if (format !== "json" && format !== "xlsx")
    throw new AppError("VALIDATION", { zh: `format 应为 json 或 xlsx，收到“${format}”`, en: `format must be json or xlsx, got "${format}"` });
  if (format === "xlsx") {
    const bytes = await exportPlanWorkbook(actor, params.slug);
    if (!bytes) throw notFound(params.slug);
    return new Response(bytes, {
      headers: { "content-type": XLSX_CONTENT_TYPE, "content-disposition": `attachment; filename="${params.slug}.xlsx"` },
    });
  }
  const doc = await exportPlanDocument(actor, params.slug);
  if (!doc) throw notFound(params.slug);
  return json(doc, { headers: { "content-disposition": `attachment; filename="${params.slug}.json"` } });
});
