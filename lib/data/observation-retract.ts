import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { currentVersionOf, seriesOfVersion, staleEditConflict, summarize, toObservationVersion } from "@/lib/data/observation-versions";
import type { RetractInput } from "@/lib/validation/observation";

/**
 * Withdraws the current figure: a new version of kind `retraction` (value null, the
 * reason as its note). Reads then show no figure; the history keeps every version.
 */
export async function retractObservation(actor: Actor, id: number, input: RetractInput) {
  authorize(actor, "observation.retract");
  const user = requireUser(actor);
  const key = await seriesOfVersion(prisma, id);
  try {
    return await prisma.$transaction(async (tx) => {
      const current = (await currentVersionOf(tx, key))!;
      if (input.baseVersionId !== undefined && current.id !== input.baseVersionId) throw staleEditConflict(current);
      if (current.kind === "retraction") {
        throw new AppError("CONFLICT", msg("该数据已被撤回", "This figure has already been retracted"), { current: toObservationVersion(current) });
      }
      const created = await tx.observation.create({
        data: {
          ...key,
          version: current.version + 1,
          kind: "retraction",
          value: null,
          source: current.source,
          note: input.reason,
          flags: [],
          supersedesId: current.id,
          createdById: user.userId,
        },
      });
      const row = (await currentVersionOf(tx, key))!;
      await writeAudit(
        user.userId,
        {
          action: "observation.retract",
          entityType: "observation",
          entityId: String(created.id),
          before: summarize(current),
          after: { ...summarize(row), reason: input.reason },
        },
        tx,
      );
      return toObservationVersion(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw staleEditConflict(await currentVersionOf(prisma, key));
    throw e;
  }
}
