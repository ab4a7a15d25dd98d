import "server-only";
import { getToken } from "next-auth/jwt";
import { pool, prisma } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { hashToken } from "@/lib/auth/api-tokens";
import { parseCookieHeader } from "@/lib/util/cookie-header";
import { authSecret } from "@/lib/env";
import type { Actor } from "@/lib/permissions";

const ANONYMOUS: Actor = { kind: "anonymous" };
const LAST_USED_RESOLUTION_MS = 60_000;
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * Who is making this request: a bearer API token, else the session cookie, else
 * anonymous. Takes the request's headers (route handlers pass `req.headers`, pages
 * `await headers()`), so the same code runs in handlers, pages and tests. The user row
 * is read every time: deactivation, role changes and ended sessions (the session
 * generation, see lib/auth/session-version.ts) apply on the next request.
 */
export async function getActor(headers: Headers): Promise<Actor> {
  const auth = headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return actorFromToken(auth.slice(7).trim());
  const session = await sessionClaims(headers);
  if (!session) return ANONYMOUS;
  // every page view runs this: one statement straight through the pool (see lib/db.ts)
  const { rows } = await pool.query<UserRow & { sv: number }>(
    `SELECT id AS "userId", role::text AS role, name, email, active, "unitId", "sessionVersion" AS sv FROM "User" WHERE id = $1`,
    [session.uid],
  );
  const user = rows[0];
  if (!user || !user.active || user.sv !== session.sv) return ANONYMOUS;
  return { kind: "user", userId: user.userId, role: user.role, name: user.name, email: user.email, via: "session", unitId: user.unitId };
}

interface SessionClaims {
  uid: number;
  /** the user's session generation when the session was issued */
  sv: number;
}

// Decoded session cookies: decoding derives a key (HKDF) and decrypts the JWT, about a
// millisecond a page view. A cookie's content never changes, so its claims hold until
// the token's own expiry; whether the user may still use them is read every time.
const decoded = new Map<string, SessionClaims & { expiresMs: number }>();
const MAX_DECODED = 1_000;

async function sessionClaims(headers: Headers): Promise<SessionClaims | null> {
  const cookies = parseCookieHeader(headers.get("cookie") ?? "");
  for (const name of SESSION_COOKIES) {
    const parts = [...cookies].filter(([k]) => k.startsWith(name)); // chunked cookies: name, name.0, name.1…
    if (parts.length === 0) continue;
    const raw = parts.map(([k, v]) => `${k}=${v}`).join(";");
    const hit = decoded.get(raw);
    if (hit && hit.expiresMs > Date.now()) return hit;
    const token = await getToken({
      req: { cookies, headers: Object.fromEntries(headers) } as never,
      secret: authSecret(),
      cookieName: name,
      secureCookie: name.startsWith("__Secure-"),
    });
    // a token without a generation predates sessions that can be ended: refused
    if (token && typeof token.uid === "number" && typeof token.sv === "number" && typeof token.exp === "number") {
      const claims = { uid: token.uid, sv: token.sv, expiresMs: token.exp * 1000 };
      if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
      decoded.set(raw, claims);
      return claims;
    }
  }
  return null;
}

interface UserRow {
  userId: number;
  role: UserRole;
  name: string;
  email: string;
  active: boolean;
  unitId: number | null;
}

interface TokenRow extends UserRow {
  id: number;
  revoked: boolean;
  expired: boolean;
  lastUsedMs: number | null;
}

async function actorFromToken(token: string): Promise<Actor> {
  // every API call runs this: one statement straight through the pool (see lib/db.ts)
  const { rows } = await pool.query<TokenRow>(
    `SELECT t.id, t."revokedAt" IS NOT NULL AS revoked, coalesce(t."expiresAt" <= now(), false) AS expired,
            (extract(epoch FROM t."lastUsedAt") * 1000)::float8 AS "lastUsedMs",
            u.id AS "userId", u.role::text AS role, u.name, u.email, u.active, u."unitId"
     FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
     WHERE t."tokenHash" = $1`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row || row.revoked || row.expired || !row.active) return ANONYMOUS;
  // last-used is informative (a lost update under concurrency is harmless), to the
  // minute: a read-only API call then writes nothing, instead of a commit per request
  const now = new Date();
  if (row.lastUsedMs === null || now.getTime() - row.lastUsedMs > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { kind: "user", userId: row.userId, role: row.role, name: row.name, email: row.email, via: "token", unitId: row.unitId };
}
