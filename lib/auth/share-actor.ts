import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/auth/api-tokens";
import { limits } from "@/lib/limits";
import { can, type Actor, type Role } from "@/lib/permissions";
import { lifetimeStillAllowed, looksLikeShareToken, shareLinkState } from "@/lib/reports/share-expiry";

export type ShareActor = Extract<Actor, { kind: "share" }>;

/** A new share token: 32 random bytes (256 bits), base64url. Only its SHA-256 is stored. */
export function generateShareToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/**
 * The one place a share token becomes an actor. Unknown, revoked and expired tokens,
 * links of deleted reports, and links whose creator could no longer make them, all give
 * null: callers answer each with the same 404.
 * The actor may read its one report (and export it when the link allows) and nothing
 * else; the share pages check it with the same `can`/`authorize` as everyone else.
 * Share tokens are accepted only by the /share pages: getActor (API and app pages)
 * knows API tokens and sessions only, so a share token anywhere else is anonymous.
 */
export async function getShareActor(token: string): Promise<ShareActor | null> {
  if (!looksLikeShareToken(token)) return null;
  const link = await prisma.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      reportId: true,
      allowExport: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      createdBy: { select: { id: true, role: true, active: true, name: true, email: true } },
      report: { select: { deletedAt: true, ownerId: true, visibility: true, owner: { select: { active: true } } } },
    },
  });
  if (!link || link.report.deletedAt !== null || shareLinkState(link, new Date()) !== "active") return null;
  if (!creatorStillMayShare(link)) return null;
  return { kind: "share", shareLinkId: link.id, reportId: link.reportId, allowExport: link.allowExport };
}

interface LinkForCheck {
  reportId: number;
  createdAt: Date;
  expiresAt: Date | null;
  createdBy: { id: number; role: Role; active: boolean; name: string; email: string };
  report: { ownerId: number; visibility: "private" | "team"; owner: { active: boolean } };
}

/**
 * A link speaks for its creator, so it is checked against the creator as they are now,
 * on every request: deactivated (or the report's owner deactivated — the report is read
 * on the owner's behalf), or no longer allowed to share this report (role change), or
 * no longer allowed this link's lifetime ("never" or beyond SHARE_MAX_DAYS is for admins)
 * — and the link stops working at once, without anyone having to revoke it.
 */
function creatorStillMayShare(link: LinkForCheck): boolean {
  const c = link.createdBy;
  if (!c.active || !link.report.owner.active) return false;
  const creator: Actor = { kind: "user", userId: c.id, role: c.role, name: c.name, email: c.email, via: "session" };
  const resource = { reportId: link.reportId, ownerId: link.report.ownerId, visibility: link.report.visibility };
  if (!can(creator, "share.create", resource)) return false;
  return lifetimeStillAllowed(link, { mayNeverExpire: can(creator, "share.never_expire", resource), maxDays: limits().SHARE_MAX_DAYS });
}
