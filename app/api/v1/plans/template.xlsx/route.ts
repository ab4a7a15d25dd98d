import { apiRoute } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { XLSX_CONTENT_TYPE } from "@/lib/data/plan-workbook";
import { writePlanWorkbook } from "@/lib/plan-document/workbook-write";

/** The empty plan workbook: header rows, drop-down lists, a sheet of instructions. */
export const GET = apiRoute(async ({ actor }) => {
  authorize(actor, "plan.read");
  return new Response(await writePlanWorkbook(null), {
    headers: { "content-type": XLSX_CONTENT_TYPE, "content-disposition": 'attachment; filename="plan-template.xlsx"' },
  });
});
