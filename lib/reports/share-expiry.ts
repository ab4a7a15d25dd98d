// Lifetimes of share links. Pure: the caller passes "now", whether the actor may
// create links that never expire (lib/permissions: share.never_expire, admins) and the
// longest lifetime allowed otherwise (SHARE_MAX_DAYS, lib/limits.ts).

export const DEFAULT_SHARE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ExpiryChoice = { ok: true; expiresAt: Date | null } | { ok: false; reason: "never_not_allowed" | "not_in_future" | "too_long" };

export interface ExpiryPolicy {
  /** Admins: may choose "never", and any date. */
  mayNeverExpire: boolean;
  /** Everyone else: at most this many days from now. */
  maxDays: number;
}

/**
 * `requested` undefined → the default lifetime (30 days, or maxDays when shorter);
 * null → never (only when `mayNeverExpire`); a moment → that moment, which must be after
 * `now` and, without `mayNeverExpire`, at most `maxDays` ahead — so a far-away date
 * (9999-12-31) is no back door to "never".
 */
export function chooseExpiry(requested: Date | null | undefined, policy: ExpiryPolicy, now: Date): ExpiryChoice {
  if (requested === undefined) return { ok: true, expiresAt: new Date(now.getTime() + Math.min(DEFAULT_SHARE_DAYS, policy.maxDays) * DAY_MS) };
  if (requested === null) return policy.mayNeverExpire ? { ok: true, expiresAt: null } : { ok: false, reason: "never_not_allowed" };
  if (requested.getTime() <= now.getTime()) return { ok: false, reason: "not_in_future" };
  if (!policy.mayNeverExpire && requested.getTime() > now.getTime() + policy.maxDays * DAY_MS) return { ok: false, reason: "too_long" };
  return { ok: true, expiresAt: requested };
}

// Creation and the first read of a link are not the same instant: allow this much
// between the "now" of chooseExpiry and the stored createdAt.
const CREATED_AT_SLACK_MS = 60_000;

/**
 * Whether a link's lifetime is still one its creator may grant, as the creator is now:
 * a link that never expires, or lasts longer than `maxDays` from its creation, stops
 * working when its creator is no longer an admin.
 */
export function lifetimeStillAllowed(link: { createdAt: Date; expiresAt: Date | null }, policy: ExpiryPolicy): boolean {
  if (policy.mayNeverExpire) return true;
  if (link.expiresAt === null) return false;
  return link.expiresAt.getTime() <= link.createdAt.getTime() + policy.maxDays * DAY_MS + CREATED_AT_SLACK_MS;
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
