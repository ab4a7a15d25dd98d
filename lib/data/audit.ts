import "server-only";
import type pg from "pg";
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

/** The row an entry becomes; both writers below store exactly this. */
function auditRow(actorId: number | null, entry: AuditEntry) {
  return { actorId, ...entry, entityId: entry.entityId ?? null };
}

/** Records who did what, when; pass the transaction so the entry commits with the change. */
export async function writeAudit(actorId: number | null, entry: AuditEntry, tx: TransactionClient | typeof prisma = prisma): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actorId, entry) });
}

/** The same on a raw pg client inside its open transaction (the file import's COPY path). */
export async function writeAuditOn(client: pg.ClientBase, actorId: number | null, entry: AuditEntry): Promise<string> {
  const row = auditRow(actorId, entry);
  // an absent before/after/meta is SQL NULL, as Prisma stores it
  const json = (v: Prisma.InputJsonValue | undefined) => (v === undefined ? null : JSON.stringify(v));
  // the entry's id: for an import, the batch that undo reverts
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", before, after, meta) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text`,
    [row.actorId, row.action, row.entityType, row.entityId, json(row.before), json(row.after), json(row.meta)],
  );
  return rows[0]!.id;
}
