import "server-only";
import type { Target } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { sameFigures, targetFiguresOfRow } from "@/lib/data/plan-document-map";

/**
 * After a target row was created or edited in the app: records its figures as a new
 * TargetVersion when they differ from the newest version (or there is none), and keeps
 * Target.version pointing at it. Returns the row as it now stands.
 */
export async function recordTargetVersion(tx: TransactionClient, row: Target, actorId: number | null): Promise<Target> {
  const newest = await tx.targetVersion.findFirst({ where: { targetId: row.id }, orderBy: { version: "desc" } });
  const figures = targetFiguresOfRow(row);
  if (newest && sameFigures(figures, targetFiguresOfRow(newest))) return row;
  const version = (newest?.version ?? 0) + 1;
  await tx.targetVersion.create({ data: { targetId: row.id, version, ...figures, createdById: actorId } });
  return version === row.version ? row : tx.target.update({ where: { id: row.id }, data: { version } });
}
