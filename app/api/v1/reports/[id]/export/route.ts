import { apiRoute } from "@/lib/api/respond";
import { exportResponse } from "@/lib/api/report-export-response";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";

// ?format=csv|xlsx|pdf|png|docx (&chart=<indicator>:<adcode> for png)
export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => exportResponse(actor, parseInput(idParam, params).id, req));
