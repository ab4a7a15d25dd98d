import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { listSubmissions } from "@/lib/data/submission-list";
import { submissionListQuery } from "@/lib/validation/submissions";

/** Reviewers see every submission; a reporter their unit's. */
export const GET = apiRoute(async ({ req, actor }) => {
  const query = parseQuery(req, submissionListQuery);
  return json({ submissions: await listSubmissions(actor, query) });
});
