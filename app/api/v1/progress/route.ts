import { parseQuery } from "@/lib/api/query";
import { apiRoute, jsonBytes } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { selectPlan } from "@/lib/data/plan-selection";
import { getProgress } from "@/lib/data/progress";
import { toApiEntry, type ProgressEntry } from "@/lib/progress/entry";
import { progressQuery } from "@/lib/validation/progress-query";

// getProgress hands out the cached evaluation's entries array, the same object while
// the data are unchanged: each array is serialized once, not on every request.
const entriesJson = new WeakMap<readonly ProgressEntry[], Buffer>();

/**
 * GET /api/v1/progress?plan=<slug>&asOf=<ISO|YYYY-MM-DD>&indicator=&region=&limit=&after=
 * One entry per target, evaluated as the data stood at `asOf` (default now). Pages of
 * `limit` targets (default 100) in id order; `next` is the `after` of the next page.
 */
export const GET = apiRoute(async ({ req, actor }) => {
  const q = parseQuery(req, progressQuery);
  const planSlug = await selectPlan(actor, q.plan);
  const answer = planSlug
    ? await getProgress(actor, { planSlug, asOf: q.asOf, indicator: q.indicator, region: q.region, limit: q.limit, after: q.after })
    : null;
  if (!answer) throw new AppError("NOT_FOUND", { zh: "规划不存在", en: "Plan not found" });
  let entries = entriesJson.get(answer.entries);
  if (entries === undefined) entriesJson.set(answer.entries, (entries = Buffer.from(JSON.stringify(answer.entries.map(toApiEntry)))));
  const head = JSON.stringify({ plan: answer.plan.slug, asOf: answer.asOf, evaluationYear: answer.evaluationYear });
  return jsonBytes(Buffer.concat([Buffer.from(`${head.slice(0, -1)},"entries":`), entries, Buffer.from(`,"next":${JSON.stringify(answer.next)}}`)]));
});
