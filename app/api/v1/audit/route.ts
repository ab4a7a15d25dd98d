import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { listAuditLog } from "@/lib/data/audit-log";
import { auditQuery } from "@/lib/validation/account";

/** ?actor=&action=&entityType=&from=&to=&limit=&cursor= — newest first; pass `nextCursor` for the next page. */
export const GET = apiRoute(async ({ req, actor }) => {
  authorize(actor, "audit.read");
  return json(await listAuditLog(actor, parseQuery(req, auditQuery)));
});
