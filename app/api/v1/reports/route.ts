import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { createReport, listReports } from "@/lib/data/reports";
import { reportCreateSchema } from "@/lib/validation/report";

export const GET = apiRoute(async ({ actor }) => json(await listReports(actor)));

export const POST = apiRoute(async ({ req, actor }) => {
  // who before what: an anonymous caller learns nothing about the body's validity
  authorize(actor, "report.create");
  const input = await parseBody(req, reportCreateSchema);
  return json({ report: await createReport(actor, input) }, 201);
});
