import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { duplicateReport } from "@/lib/data/reports";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";
import { reportDuplicateSchema } from "@/lib/validation/report";

export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const { id } = parseInput(idParam, params);
  const input = await parseBody(req, reportDuplicateSchema);
  return json({ report: await duplicateReport(actor, id, input) }, 201);
});
