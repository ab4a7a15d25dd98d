import "server-only";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions";
import type { AuditQuery } from "@/lib/validation/account";

/**
 * The audit log, newest first, filtered, one page at a time. Paging is by cursor (the id
 * of the previous page's last entry), so new entries arriving meanwhile do not shift pages.
 */
export async function listAuditLog(actor: Actor, q: AuditQuery) {
  authorize(actor, "audit.read");
  const who = q.actor?.trim();
  const where: Prisma.AuditLogWhereInput = {
    ...(who ? (/^\d+$/.test(who) ? { actorId: Number(who) } : { actor: { email: { contains: who.toLowerCase() } } }) : {}),
    ...(q.action ? { action: { startsWith: q.action } } : {}),
    ...(q.entityType ? { entityType: q.entityType } : {}),
    ...(q.from || q.to ? { createdAt: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {}),
    ...(q.cursor ? { id: { lt: BigInt(q.cursor) } } : {}),
  };
  const rows = await prisma.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take: q.limit + 1,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  const page = rows.slice(0, q.limit);
  return {
    entries: page.map((r) => ({
      id: r.id.toString(),
      createdAt: r.createdAt.toISOString(),
      actor: r.actor,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      meta: r.meta,
    })),
    nextCursor: rows.length > q.limit ? page.at(-1)!.id.toString() : null,
  };
}

export type AuditEntryView = Awaited<ReturnType<typeof listAuditLog>>["entries"][number];
