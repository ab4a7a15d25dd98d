import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { acceptSubmission } from "@/lib/data/submission-review";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";
import { submissionAccept } from "@/lib/validation/submissions";

/** The figure becomes the official version (409 when the series changed since the version named). */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "submission.review");
  const { id } = parseInput(idParam, params);
  const input = await parseBody(req, submissionAccept);
  return json(await acceptSubmission(actor, id, input));
});
