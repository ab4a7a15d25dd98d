import { apiRoute, json } from "@/lib/api/respond";
import { listPlans } from "@/lib/data/plans";
import { documentError, publishPlanDocument } from "@/lib/data/plan-publish";
import { authorize } from "@/lib/auth/authorize";
import { parsePlanDocumentText } from "@/lib/plan-document/parse";

export const GET = apiRoute(async ({ actor }) => json({ plans: await listPlans(actor) }));

/**
 * Publishes a plan document (admins). The body is the document as JSON (YAML is accepted
 * with a YAML content type). `?dryRun=1` answers what would be created or changed and
 * writes nothing. A document with problems is a 422 whose issues name each path.
 */
export const POST = apiRoute(
  async ({ req, actor }) => {
    authorize(actor, "plan.publish");
    const dryRun = ["1", "true"].includes(new URL(req.url).searchParams.get("dryRun") ?? "");
    const parsed = parsePlanDocumentText(await req.text());
    if (!parsed.ok) throw documentError(parsed.issues);
    const summary = await publishPlanDocument(actor, parsed.document, { dryRun });
    return json(summary, dryRun || summary.status === "unchanged" ? 200 : 201);
  },
  // a plan document may come as YAML; the same-origin check still applies to sessions
  { body: "upload" },
);
