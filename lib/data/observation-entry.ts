import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, requireUser } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { resolveObservationInput } from "@/lib/data/observation-input";
import { plausibilityOf } from "@/lib/data/observation-plausibility";
import { currentVersionOf, isUniqueViolation, staleEditConflict, summarize, toObservationVersion, type VersionRow } from "@/lib/data/observation-versions";
import type { ObservationWrite } from "@/lib/data/observation-writes";
import type { ObservationInput } from "@/lib/validation/observation";

/** Every field a person entered is the same as the current version: saving again would add an empty revision. */
function sameAsCurrent(cur: VersionRow, w: ObservationWrite): boolean {
  return (
    cur.kind === "value" &&
    cur.value !== null &&
    cur.value.equals(new Prisma.Decimal(w.value)) &&
    cur.source === w.source &&
    cur.valueAsEntered === w.valueAsEntered &&
    cur.unitAsEntered === w.unitAsEntered &&
    cur.note === w.note &&
    cur.flags.join(";") === w.flags.join(";")
  );
}

/**
 * Records one figure as a new version of its series (never an overwrite). With
 * `baseVersionId` the edit is refused (409, current version in the body) when someone
 * saved in between; two saves racing past that check collide on the version unique key
 * and the loser gets the same 409. Identical input → `unchanged`, nothing written.
 */
export async function createObservation(actor: Actor, input: ObservationInput) {
  authorize(actor, "observation.write");
  const user = requireUser(actor);
  const resolved = await resolveObservationInput(input);
  const w = resolved.write;
  const key = { indicatorId: w.indicatorId, regionAdcode: w.regionAdcode, year: w.year };
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await currentVersionOf(tx, key);
      if (input.baseVersionId !== undefined && (current?.id ?? null) !== input.baseVersionId) throw staleEditConflict(current);
      const warnings = await plausibilityOf(tx, resolved);
      if (current && sameAsCurrent(current, w)) return { status: "unchanged" as const, observation: toObservationVersion(current), warnings };
      const created = await tx.observation.create({
        data: { ...w, publishedAt: w.publishedAt ?? undefined, version: (current?.version ?? 0) + 1, kind: "value", supersedesId: current?.id ?? null, createdById: user.userId },
        select: { id: true },
      });
      const row = (await currentVersionOf(tx, key))!;
      await writeAudit(
        user.userId,
        { action: "observation.create", entityType: "observation", entityId: String(created.id), before: current ? summarize(current) : undefined, after: summarize(row), meta: { indicator: resolved.indicator.code, region: w.regionAdcode, year: w.year } },
        tx,
      );
      return { status: "created" as const, observation: toObservationVersion(row), warnings };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw staleEditConflict(await currentVersionOf(prisma, key));
    throw e;
  }
}
