import { apiRoute, json } from "@/lib/api/respond";
import { readJson } from "@/lib/api/read-json";
import { getReportView } from "@/lib/data/report-data";
import { deleteReport, updateReport } from "@/lib/data/reports";
import { idParam, reportUpdateSchema } from "@/lib/validation/report";

type P = { id: string };

/** The report, its figures and statuses as of its moment, and for a pinned report what changed since. */
export const GET = apiRoute<P>(async ({ actor, params }) => {
  const id = idParam.parse(params.id);
  const { data: { report, ...data }, changes } = await getReportView(actor, id, { withChanges: true });
  return json({ report, data, changes });
});

export const PATCH = apiRoute<P>(async ({ req, actor, params }) => {
  const id = idParam.parse(params.id);
  const input = reportUpdateSchema.parse(await readJson(req));
  return json({ report: await updateReport(actor, id, input) });
});

export const DELETE = apiRoute<P>(async ({ actor, params }) => {
  await deleteReport(actor, idParam.parse(params.id));
  return new Response(null, { status: 204 });
});
