import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  meta?: Prisma.InputJsonValue;
}

/** Records who did what, when; pass the transaction so the entry commits with the change. */
export async function writeAudit(actorId: number | null, entry: AuditEntry, tx: TransactionClient | typeof prisma = prisma): Promise<void> {
  await tx.auditLog.create({ data: { actorId, ...entry, entityId: entry.entityId ?? null } });
}
