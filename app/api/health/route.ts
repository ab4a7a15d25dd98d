import { checkDatabase, dbUnavailableResponse } from "@/lib/api/db-unavailable";
import { pool } from "@/lib/db";

// Liveness for load balancers and process managers, and for the error page, which
// polls it to tell "database unavailable, retrying" from other failures: 200 when the
// database answers, 503 with Retry-After when it cannot be reached. No data, no auth.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  if (await checkDatabase(pool)) return Response.json({ status: "ok", database: "up" }, { headers: { "cache-control": "no-store" } });
  return dbUnavailableResponse();
}
