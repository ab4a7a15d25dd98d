import { apiRoute } from "@/lib/api/respond";
import { exportResponse } from "@/lib/api/report-export-response";
import { idParam } from "@/lib/validation/report";

// ?format=csv|xlsx|pdf|png (&chart=<indicator>:<adcode> for png)
export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => exportResponse(actor, idParam.parse(params.id), req));
