import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { getReportView } from "@/lib/data/report-data";
import { deleteReport, updateReport } from "@/lib/data/reports";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";
import { reportUpdateSchema } from "@/lib/validation/report";

type P = { id: string };

/** The report, its figures and statuses as of its moment, and for a pinned report what changed since. */
export const GET = apiRoute<P>(async ({ actor, params }) => {
  const { id } = parseInput(idParam, params);
  const {
    data: { report, ...data },
    changes,
  } = await getReportView(actor, id, { withChanges: true });
  return json({ report, data, changes });
});

export const PATCH = apiRoute<P>(async ({ req, actor, params }) => {
  const { id } = parseInput(idParam, params);
  const input = await parseBody(req, reportUpdateSchema);
  return json({ report: await updateReport(actor, id, input) });
});

export const DELETE = apiRoute<P>(async ({ actor, params }) => {
  await deleteReport(actor, parseInput(idParam, params).id);
  return new Response(null, { status: 204 });
});
