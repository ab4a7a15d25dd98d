import { z } from "zod";
import { INT4_MAX, wholeNumber } from "./query-fields";

/** GET /api/v1/rounds/{id}/report: the round's 年度监测报告 as Word or PDF, optionally for one unit. */
export const roundReportQuery = z.object({
  format: z.enum(["docx", "pdf"]).default("docx"),
  // only the targets assigned to this unit (lead or support); its name goes on the title page
  unit: wholeNumber(1, INT4_MAX).optional(),
});
