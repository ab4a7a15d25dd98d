import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { selectPlan } from "@/lib/data/plan-selection";
import { contentDisposition } from "@/lib/data/report-export";
import { listWarnings } from "@/lib/data/warnings";
import { warningsCsvFile, warningsXlsxFile } from "@/lib/data/warnings-export";
import { AppError } from "@/lib/errors";
import { localeOf } from "@/lib/i18n/locale";
import { msg } from "@/lib/i18n/message";
import { warningsQuery } from "@/lib/validation/rounds";
import { filterWarnings } from "@/lib/warnings/export-rows";

export const GET = apiRoute(async ({ req, actor }) => {
  authorize(actor, "plan.read");
  const q = parseQuery(req, warningsQuery);
  const planSlug = await selectPlan(actor, q.plan);
  if (!planSlug) throw new AppError("NOT_FOUND", msg("还没有规划", "No plan yet"));
  const answer = await listWarnings({ planSlug, roundId: q.round, unitId: q.unit });
  const warnings = filterWarnings(answer.warnings, { kind: q.kind, region: q.region });
  if (q.format === "json") return json({ ...answer, warnings });
  const locale = localeOf(req.headers);
  const file = q.format === "csv" ? warningsCsvFile(answer, warnings, locale) : await warningsXlsxFile(answer, warnings, locale);
  return new Response(file.body as BodyInit, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": contentDisposition(file),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
