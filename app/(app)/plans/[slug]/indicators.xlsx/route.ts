import { apiRoute } from "@/lib/api/respond";
import { exportPlanIndicatorTable } from "@/lib/data/plan-indicator-export";
import { contentDisposition } from "@/lib/data/report-export";
import { AppError } from "@/lib/errors";
import { localeOf } from "@/lib/i18n/locale";
import { readAsOfParam } from "@/lib/validation/as-of";

/** GET /plans/<slug>/indicators.xlsx?asOf=: the plan's 主要指标 table as a workbook, in the reader's language. */
export const GET = apiRoute<{ slug: string }>(async ({ req, actor, params }) => {
  const asOf = readAsOfParam(new URL(req.url).searchParams.get("asOf") ?? undefined).asOf;
  const file = await exportPlanIndicatorTable(actor, params.slug, localeOf(req.headers), asOf);
  if (!file) throw new AppError("NOT_FOUND", { zh: `没有规划“${params.slug}”`, en: `No plan "${params.slug}"` });
  return new Response(file.body as BodyInit, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": contentDisposition(file),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
