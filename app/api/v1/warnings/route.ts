import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { selectPlan } from "@/lib/data/plan-selection";
import { listWarnings } from "@/lib/data/warnings";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { warningsQuery } from "@/lib/validation/rounds";

export const GET = apiRoute(async ({ req, actor }) => {
  authorize(actor, "plan.read");
  const q = parseQuery(req, warningsQuery);
  const planSlug = await selectPlan(actor, q.plan);
  if (!planSlug) throw new AppError("NOT_FOUND", msg("还没有规划", "No plan yet"));
  return json(await listWarnings({ planSlug, roundId: q.round, unitId: q.unit }));
});
