import "server-only";
import { getToken } from "next-auth/jwt";
import { pool, prisma } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { authSecret } from "@/lib/auth/auth-options";
import { hashToken } from "@/lib/auth/api-tokens";
import type { Actor } from "@/lib/permissions";

const ANONYMOUS: Actor = { kind: "anonymous" };
const LAST_USED_RESOLUTION_MS = 60_000;
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * Who is making this request: a bearer API token, else the session cookie, else
 * anonymous. Takes the request's headers (route handlers pass `req.headers`, pages
 * `await headers()`), so the same code runs in handlers, pages and tests. The user row
 * is read every time: deactivation and role changes apply on the next request.
 */
export async function getActor(headers: Headers): Promise<Actor> {
  const auth = headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return actorFromToken(auth.slice(7).trim());
  const uid = await sessionUserId(headers);
  if (!uid) return ANONYMOUS;
  // every page view runs this: one statement straight through the pool (see lib/db.ts)
  const { rows } = await pool.query<UserRow>(`SELECT id AS "userId", role::text AS role, name, email, active FROM "User" WHERE id = $1`, [uid]);
  const user = rows[0];
  if (!user || !user.active) return ANONYMOUS;
  return { kind: "user", userId: user.userId, role: user.role, name: user.name, email: user.email, via: "session" };
}

// Decoded session cookies: decoding derives a key (HKDF) and decrypts the JWT, about a
// millisecond a page view. A cookie's content never changes, so its user id holds until
// the token's own expiry; whether that user may still sign in is read every time.
const decoded = new Map<string, { uid: number; expiresMs: number }>();
const MAX_DECODED = 1_000;

async function sessionUserId(headers: Headers): Promise<number | null> {
  const cookies = parseCookies(headers.get("cookie") ?? "");
  for (const name of SESSION_COOKIES) {
    const parts = [...cookies].filter(([k]) => k.startsWith(name)); // chunked cookies: name, name.0, name.1…
    if (parts.length === 0) continue;
    const raw = parts.map(([k, v]) => `${k}=${v}`).join(";");
    const hit = decoded.get(raw);
    if (hit && hit.expiresMs > Date.now()) return hit.uid;
    const token = await getToken({ req: { cookies, headers: Object.fromEntries(headers) } as never, secret: authSecret(), cookieName: name, secureCookie: name.startsWith("__Secure-") });
    if (token && typeof token.uid === "number") {
      if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
      decoded.set(raw, { uid: token.uid, expiresMs: typeof token.exp === "number" ? token.exp * 1000 : 0 });
      return token.uid;
    }
  }
  return null;
}

function parseCookies(header: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i > 0) map.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return map;
}

interface UserRow {
  userId: number;
  role: UserRole;
  name: string;
  email: string;
  active: boolean;
}

interface TokenRow extends UserRow {
  id: number;
  revoked: boolean;
  lastUsedMs: number | null;
}

async function actorFromToken(token: string): Promise<Actor> {
  // every API call runs this: one statement straight through the pool (see lib/db.ts)
  const { rows } = await pool.query<TokenRow>(
    `SELECT t.id, t."revokedAt" IS NOT NULL AS revoked, (extract(epoch FROM t."lastUsedAt") * 1000)::float8 AS "lastUsedMs",
            u.id AS "userId", u.role::text AS role, u.name, u.email, u.active
     FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
     WHERE t."tokenHash" = $1`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row || row.revoked || !row.active) return ANONYMOUS;
  // last-used is informative (a lost update under concurrency is harmless), to the
  // minute: a read-only API call then writes nothing, instead of a commit per request
  const now = new Date();
  if (row.lastUsedMs === null || now.getTime() - row.lastUsedMs > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { kind: "user", userId: row.userId, role: row.role, name: row.name, email: row.email, via: "token" };
}
