import { apiRoute, json } from "@/lib/api/respond";
import { listPlans } from "@/lib/data/plans";
import { publishPlanDocument } from "@/lib/data/plan-publish";
import { readPlanDocumentUpload, withCells } from "@/lib/data/plan-workbook";
import { authorize } from "@/lib/auth/authorize";

export const GET = apiRoute(async ({ actor }) => json({ plans: await listPlans(actor) }));

/**
 * Publishes a plan document (admins). The body is the document as JSON (YAML is accepted
 * with a YAML content type), or the XLSX workbook (an XLSX content type, a multipart
 * `file`, or any body that is a zip). `?dryRun=1` answers what would be created or
 * changed and writes nothing. A document with problems is a 422 whose issues name each
 * path, and for a workbook each sheet and cell.
 */
export const POST = apiRoute(
  async ({ req, actor }) => {
    authorize(actor, "plan.publish");
    const dryRun = ["1", "true"].includes(new URL(req.url).searchParams.get("dryRun") ?? "");
    const upload = await readPlanDocumentUpload(req);
    const summary = await publishPlanDocument(actor, upload.document, { dryRun }).catch((e: unknown) => {
      throw withCells(e, upload.locate);
    });
    return json(summary, dryRun || summary.status === "unchanged" ? 200 : 201);
  },
  // a plan document may come as YAML or XLSX; the same-origin check still applies to sessions
  { body: "upload" },
);
