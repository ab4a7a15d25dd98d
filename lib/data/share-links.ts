import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { generateShareToken, type ShareActor } from "@/lib/auth/share-actor";
import { writeAudit } from "@/lib/data/audit";
import { reportResource, requireReport } from "@/lib/data/report-access";
import { AppError } from "@/lib/errors";
import { limits } from "@/lib/limits";
import { can, type Actor } from "@/lib/permissions";
import { chooseExpiry, shareLinkState, type ShareLinkState } from "@/lib/reports/share-expiry";
import type { ShareCreateInput } from "@/lib/validation/report";

export interface ShareLinkSummary {
  id: number;
  reportId: number;
  reportTitle: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  revokedAt: string | null;
  allowExport: boolean;
  viewCount: number;
  lastViewedAt: string | null;
  state: ShareLinkState;
}

const SELECT = {
  id: true,
  reportId: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  allowExport: true,
  viewCount: true,
  lastViewedAt: true,
  createdBy: { select: { name: true } },
  report: { select: { title: true } },
} as const;

type LinkRow = {
  id: number;
  reportId: number;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  allowExport: boolean;
  viewCount: number;
  lastViewedAt: Date | null;
  createdBy: { name: string };
  report: { title: string };
};

function toSummary(l: LinkRow, now = new Date()): ShareLinkSummary {
  return {
    id: l.id,
    reportId: l.reportId,
    reportTitle: l.report.title,
    createdAt: l.createdAt.toISOString(),
    createdBy: l.createdBy.name,
    expiresAt: l.expiresAt?.toISOString() ?? null,
    revokedAt: l.revokedAt?.toISOString() ?? null,
    allowExport: l.allowExport,
    viewCount: l.viewCount,
    lastViewedAt: l.lastViewedAt?.toISOString() ?? null,
    state: shareLinkState(l, now),
  };
}

/**
 * A new link to a report. The token is returned once, here; only its hash is stored.
 * No expiry given → 30 days; `null` → never, which only admins may choose (403 else);
 * a date more than SHARE_MAX_DAYS ahead is refused (422) for everyone but admins, so a
 * far-away date is no way around "never".
 */
export async function createShareLink(actor: Actor, reportId: number, input: ShareCreateInput): Promise<{ link: ShareLinkSummary; token: string }> {
  const report = await requireReport(actor, reportId, "share.create");
  const user = requireUser(actor);
  const maxDays = limits().SHARE_MAX_DAYS;
  const expiry = chooseExpiry(input.expiresAt, { mayNeverExpire: can(actor, "share.never_expire", reportResource(report)), maxDays }, new Date());
  if (!expiry.ok && expiry.reason === "never_not_allowed") authorize(actor, "share.never_expire", reportResource(report));
  if (!expiry.ok && expiry.reason === "too_long") {
    throw new AppError(
      "VALIDATION",
      {
        zh: `分享链接的有效期最长为 ${maxDays} 天，请选择更早的日期；永久有效的链接只能由管理员创建`,
        en: `A share link may last at most ${maxDays} days: choose an earlier date (only admins can create links that never expire)`,
      },
      { maxDays },
    );
  }
  if (!expiry.ok) throw new AppError("VALIDATION", { zh: "有效期必须晚于现在", en: "The expiry must be in the future" });
  const { token, hash } = generateShareToken();
  const link = await prisma.$transaction(async (tx) => {
    const l = await tx.shareLink.create({
      data: { reportId, tokenHash: hash, createdById: user.userId, expiresAt: expiry.expiresAt, allowExport: input.allowExport },
      select: SELECT,
    });
    await writeAudit(
      user.userId,
      {
        action: "share.create",
        entityType: "share_link",
        entityId: String(l.id),
        after: { reportId, expiresAt: l.expiresAt?.toISOString() ?? null, allowExport: l.allowExport },
      },
      tx,
    );
    return l;
  });
  return { link: toSummary(link), token };
}

/** The links of one report: its owner's (or an admin's) to see. */
export async function listShareLinks(actor: Actor, reportId: number): Promise<ShareLinkSummary[]> {
  await requireReport(actor, reportId, "share.list");
  const rows = await prisma.shareLink.findMany({ where: { reportId }, orderBy: { createdAt: "desc" }, select: SELECT });
  return rows.map((l) => toSummary(l));
}

/** Every link an actor may manage: all of them for an admin, else those of the actor's reports. */
export async function listAllShareLinks(actor: Actor): Promise<ShareLinkSummary[]> {
  authorize(actor, "share.list");
  const user = requireUser(actor);
  const rows = await prisma.shareLink.findMany({
    where: { report: { deletedAt: null, ...(user.role === "admin" ? {} : { ownerId: user.userId }) } },
    orderBy: { createdAt: "desc" },
    select: SELECT,
  });
  return rows.map((l) => toSummary(l));
}

/** Revokes at once: the next request with the token gets 404. Revoking twice is a no-op. */
export async function revokeShareLink(actor: Actor, linkId: number): Promise<ShareLinkSummary> {
  const found = Number.isSafeInteger(linkId) ? await prisma.shareLink.findUnique({ where: { id: linkId }, select: { reportId: true } }) : null;
  if (!found) {
    requireUser(actor);
    throw new AppError("NOT_FOUND", { zh: "没有找到该分享链接", en: "Share link not found" });
  }
  await requireReport(actor, found.reportId, "share.revoke");
  const user = requireUser(actor);
  const link = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const res = await tx.shareLink.updateMany({ where: { id: linkId, revokedAt: null }, data: { revokedAt: now } });
    if (res.count > 0)
      await writeAudit(user.userId, { action: "share.revoke", entityType: "share_link", entityId: String(linkId), meta: { reportId: found.reportId } }, tx);
    return tx.shareLink.findUniqueOrThrow({ where: { id: linkId }, select: SELECT });
  });
  return toSummary(link);
}

/** Counts a view of the share page (not of its print or export requests). */
export async function recordShareView(actor: ShareActor): Promise<void> {
  authorize(actor, "report.read", { reportId: actor.reportId });
  await prisma.shareLink.update({ where: { id: actor.shareLinkId }, data: { viewCount: { increment: 1 }, lastViewedAt: new Date() } });
}
