import "server-only";
import { pool } from "@/lib/db";

// The per-user session generation (User.sessionVersion). A session cookie carries the
// generation it was issued with; getActor refuses it once the user's has moved on.
// Straight through the pool (one statement each), like the other per-request reads.

/** The generation a new session of this user is issued with. */
export async function getSessionVersion(userId: number): Promise<number> {
  const { rows } = await pool.query<{ sv: number }>(`SELECT "sessionVersion" AS sv FROM "User" WHERE id = $1`, [userId]);
  return rows[0]?.sv ?? -1; // no such user: a generation no row has, so the session is refused
}

/** Ends every session of the user (sign out everywhere): their cookies are refused from the next request on. */
export async function endSessionsOf(userId: number): Promise<void> {
  await pool.query(`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [userId]);
}
