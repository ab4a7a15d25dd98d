import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { setSeriesAssignment } from "@/lib/data/unit-assignments";
import { seriesAssignment } from "@/lib/validation/units";

/** Replaces the units of one indicator × region series (whatever the target). */
export const PUT = apiRoute(async ({ req, actor }) => {
  authorize(actor, "unit.manage");
  const input = await parseBody(req, seriesAssignment);
  return json({ indicator: input.indicator, region: input.region, assignment: await setSeriesAssignment(actor, input) });
});
