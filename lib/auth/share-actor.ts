import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/auth/api-tokens";
import type { Actor } from "@/lib/permissions";
import { looksLikeShareToken, shareLinkState } from "@/lib/reports/share-expiry";

export type ShareActor = Extract<Actor, { kind: "share" }>;

/** A new share token: 32 random bytes (256 bits), base64url. Only its SHA-256 is stored. */
export function generateShareToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/**
 * The one place a share token becomes an actor. Unknown, revoked and expired tokens,
 * and links of deleted reports, all give null: callers answer each with the same 404.
 * The actor may read its one report (and export it when the link allows) and nothing
 * else; the share pages check it with the same `can`/`authorize` as everyone else.
 * Share tokens are accepted only by the /share pages: getActor (API and app pages)
 * knows API tokens and sessions only, so a share token anywhere else is anonymous.
 */
export async function getShareActor(token: string): Promise<ShareActor | null> {
  if (!looksLikeShareToken(token)) return null;
  const link = await prisma.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, reportId: true, allowExport: true, expiresAt: true, revokedAt: true, report: { select: { deletedAt: true } } },
  });
  if (!link || link.report.deletedAt !== null || shareLinkState(link, new Date()) !== "active") return null;
  return { kind: "share", shareLinkId: link.id, reportId: link.reportId, allowExport: link.allowExport };
}
