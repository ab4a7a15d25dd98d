import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { getGoalsProgress } from "@/lib/data/goals-progress";
import { selectPlan } from "@/lib/data/plan-selection";
import { goalsQuery } from "@/lib/validation/goals-query";

/** GET /api/v1/goals?plan=&asOf= — the goal tree with status roll-ups and current assessments. */
export const GET = apiRoute(async ({ req, actor }) => {
  const q = parseQuery(req, goalsQuery);
  const planSlug = await selectPlan(actor, q.plan);
  const answer = planSlug ? await getGoalsProgress(actor, { planSlug, asOf: q.asOf }) : null;
  if (!answer) throw new AppError("NOT_FOUND", { zh: "规划不存在", en: "Plan not found" });
  return json({ plan: planSlug, ...answer });
});
