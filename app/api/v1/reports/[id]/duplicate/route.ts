import { apiRoute, json } from "@/lib/api/respond";
import { readJson } from "@/lib/api/read-json";
import { duplicateReport } from "@/lib/data/reports";
import { reportDuplicateSchema, idParam } from "@/lib/validation/report";

export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const id = idParam.parse(params.id);
  const input = reportDuplicateSchema.parse(await readJson(req));
  return json({ report: await duplicateReport(actor, id, input) }, 201);
});
