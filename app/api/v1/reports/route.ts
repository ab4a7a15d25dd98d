import { apiRoute, json } from "@/lib/api/respond";
import { readJson } from "@/lib/api/read-json";
import { authorize } from "@/lib/auth/authorize";
import { createReport, listReports } from "@/lib/data/reports";
import { reportCreateSchema } from "@/lib/validation/report";

export const GET = apiRoute(async ({ actor }) => json(await listReports(actor)));

export const POST = apiRoute(async ({ req, actor }) => {
  // who before what: an anonymous caller learns nothing about the body's validity
  authorize(actor, "report.create");
  const input = reportCreateSchema.parse(await readJson(req));
  return json({ report: await createReport(actor, input) }, 201);
});
