import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { createUnit, listUnits } from "@/lib/data/units";
import { unitCreate } from "@/lib/validation/units";

export const GET = apiRoute(async ({ actor }) => json({ units: await listUnits(actor) }));

/** 201 {id, unit} */
export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "unit.manage");
  const input = await parseBody(req, unitCreate);
  const unit = await createUnit(actor, input);
  return json({ id: unit.id, unit }, 201);
});
