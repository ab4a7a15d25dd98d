import { parseQuery } from "@/lib/api/query";
import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { createAssessment, listGoalAssessments } from "@/lib/data/assessments";
import { selectPlan } from "@/lib/data/plan-selection";
import type { Actor } from "@/lib/permissions";
import { assessmentInput } from "@/lib/validation/assessment";
import { goalsQuery } from "@/lib/validation/goals-query";

type Params = { key: string };

async function planOf(req: Request, actor: Actor): Promise<string> {
  const slug = await selectPlan(actor, parseQuery(req, goalsQuery).plan);
  if (!slug) throw new AppError("NOT_FOUND", { zh: "规划不存在", en: "Plan not found" });
  return slug;
}

/** GET /api/v1/goals/{key}/assessments?plan= — the goal's assessments, newest first, history included. */
export const GET = apiRoute<Params>(async ({ req, actor, params }) => {
  const assessments = await listGoalAssessments(actor, { planSlug: await planOf(req, actor), goalKey: params.key });
  return json({ goal: params.key, assessments });
});

/** POST /api/v1/goals/{key}/assessments {year, rating, narrative, evidence[]} — supersedes the goal's current assessment for that year. */
export const POST = apiRoute<Params>(async ({ req, actor, params }) => {
  // who may write is answered before what was written (401/403 before 422)
  authorize(actor, "assessment.write");
  const input = await parseBody(req, assessmentInput);
  const assessment = await createAssessment(actor, { planSlug: await planOf(req, actor), goalKey: params.key, input });
  return json({ assessment }, 201);
});
