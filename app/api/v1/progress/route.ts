import { apiRoute, json, searchParams } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { getDefaultPlanSlug } from "@/lib/data/plans";
import { getProgress } from "@/lib/data/progress";
import { toApiEntry } from "@/lib/progress/entry";
import { progressQuery } from "@/lib/validation/progress-query";

/**
 * GET /api/v1/progress?plan=<slug>&asOf=<ISO|YYYY-MM-DD>&indicator=&region=&limit=&after=
 * One entry per target, evaluated as the data stood at `asOf` (default now). Pages of
 * `limit` targets (default 100) in id order; `next` is the `after` of the next page.
 */
export const GET = apiRoute(async ({ req, actor }) => {
  const q = progressQuery.parse(searchParams(req));
  const planSlug = q.plan ?? (await getDefaultPlanSlug(actor));
  const answer = planSlug ? await getProgress(actor, { planSlug, asOf: q.asOf, indicator: q.indicator, region: q.region, limit: q.limit, after: q.after }) : null;
  if (!answer) throw new AppError("NOT_FOUND", { zh: "规划不存在", en: "Plan not found" });
  return json({
    plan: answer.plan.slug,
    asOf: answer.asOf,
    evaluationYear: answer.evaluationYear,
    entries: answer.entries.map(toApiEntry),
    next: answer.next,
  });
});
