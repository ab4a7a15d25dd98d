// Lifetimes of share links. Pure: the caller passes "now" and whether the actor may
// create links that never expire (lib/permissions: share.never_expire).

export const DEFAULT_SHARE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ExpiryChoice =
  | { ok: true; expiresAt: Date | null }
  | { ok: false; reason: "never_not_allowed" | "not_in_future" };

/**
 * `requested` undefined → the default lifetime (30 days from now); null → never
 * (only when `mayNeverExpire`); a moment → that moment, which must be after `now`.
 */
export function chooseExpiry(requested: Date | null | undefined, mayNeverExpire: boolean, now: Date): ExpiryChoice {
  if (requested === undefined) return { ok: true, expiresAt: new Date(now.getTime() + DEFAULT_SHARE_DAYS * DAY_MS) };
  if (requested === null) return mayNeverExpire ? { ok: true, expiresAt: null } : { ok: false, reason: "never_not_allowed" };
  if (requested.getTime() <= now.getTime()) return { ok: false, reason: "not_in_future" };
  return { ok: true, expiresAt: requested };
}

export type ShareLinkState = "active" | "expired" | "revoked";

/** Revocation wins over expiry; a link expires at `expiresAt` exactly. */
export function shareLinkState(link: { expiresAt: Date | null; revokedAt: Date | null }, now: Date): ShareLinkState {
  if (link.revokedAt !== null && link.revokedAt.getTime() <= now.getTime()) return "revoked";
  if (link.expiresAt !== null && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** Share tokens are 32 random bytes in base64url: 43 characters of [A-Za-z0-9_-]. */
export function looksLikeShareToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
