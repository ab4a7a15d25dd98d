import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { returnSubmission } from "@/lib/data/submission-review";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";
import { submissionReturn } from "@/lib/validation/submissions";

/** Back to the unit with the reviewer's comment. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "submission.review");
  const { id } = parseInput(idParam, params);
  const input = await parseBody(req, submissionReturn);
  return json(await returnSubmission(actor, id, input));
});
