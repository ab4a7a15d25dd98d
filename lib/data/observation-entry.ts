import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { resolveObservationInput, type ResolvedObservation } from "@/lib/data/observation-input";
import { plausibilityOf } from "@/lib/data/observation-plausibility";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { currentVersionOf, staleEditConflict, summarize, toObservationVersion, type VersionRow } from "@/lib/data/observation-versions";
import type { ObservationWrite } from "@/lib/data/observation-writes";
import type { ObservationInput } from "@/lib/validation/observation";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";

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

/** Tries of a save that named no base version and lost a race for the next version number. */
const MAX_UNBASED_TRIES = 5;

/** The 409 for a save without baseVersionId that still collided after its retries: it named no version, so "while you were editing" would be untrue. */
function simultaneousSaveConflict(current: VersionRow | null) {
  return new AppError(
    "CONFLICT",
    msg(
      "同一地区、指标和年份的数值正被其他请求同时保存，本次未写入；请稍后重试",
      "Other saves of the same region, indicator and year arrived at the same moment and this one was not written; try again shortly",
    ),
    { current: current ? toObservationVersion(current) : null },
  );
}

/**
 * Records one figure as a new version of its series (never an overwrite). With
 * `baseVersionId` the edit is refused (409, current version in the body) when someone
 * saved in between; two saves racing past that check collide on the version unique key
 * and the loser gets the same 409. Without `baseVersionId` the caller asked for no
 * check ("record this as the newest figure", like an import row): a collision is only
 * two saves taking the same next version number at once, so the save is tried again on
 * top of the other one (both stay in the history) — up to MAX_UNBASED_TRIES, then a 409
 * that says what happened. Identical input → `unchanged`, nothing written.
 */
export async function createObservation(actor: Actor, input: ObservationInput) {
  authorize(actor, "observation.write");
  const user = requireUser(actor);
  const resolved = await resolveObservationInput(input);
  const key = { indicatorId: resolved.write.indicatorId, regionAdcode: resolved.write.regionAdcode, year: resolved.write.year };
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveVersion(user.userId, input, resolved);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      if (input.baseVersionId !== undefined) throw staleEditConflict(await currentVersionOf(prisma, key));
      if (attempt >= MAX_UNBASED_TRIES) throw simultaneousSaveConflict(await currentVersionOf(prisma, key));
    }
  }
}

function saveVersion(userId: number, input: ObservationInput, resolved: ResolvedObservation) {
  return prisma.$transaction((tx) => writeVersion(tx, { createdById: userId, auditActorId: userId }, input.baseVersionId, resolved));
}

/**
 * The one write of a single figure, inside the caller's transaction: the stale-edit
 * check against `baseVersionId` (undefined: none), plausibility against the current
 * version, nothing written when identical, else the next version and its audit entry.
 * Accepting a submission goes through here too (lib/data/submission-review.ts): the
 * figure is recorded under its submitter, the audit entry under the reviewer.
 */
export async function writeVersion(
  tx: TransactionClient,
  who: { createdById: number; auditActorId: number; auditMeta?: Record<string, string | number> },
  baseVersionId: number | null | undefined,
  resolved: ResolvedObservation,
) {
  const w = resolved.write;
  const key = { indicatorId: w.indicatorId, regionAdcode: w.regionAdcode, year: w.year };
  const current = await currentVersionOf(tx, key);
  if (baseVersionId !== undefined && (current?.id ?? null) !== baseVersionId) throw staleEditConflict(current);
  const warnings = await plausibilityOf(tx, resolved, current);
  if (current && sameAsCurrent(current, w)) return { status: "unchanged" as const, observation: toObservationVersion(current), warnings };
  const created = await tx.observation.create({
    data: {
      ...w,
      publishedAt: w.publishedAt ?? undefined,
      version: (current?.version ?? 0) + 1,
      kind: "value",
      supersedesId: current?.id ?? null,
      createdById: who.createdById,
    },
    select: { id: true },
  });
  const row = (await currentVersionOf(tx, key))!;
  await writeAudit(
    who.auditActorId,
    {
      action: "observation.create",
      entityType: "observation",
      entityId: String(created.id),
      before: current ? summarize(current) : undefined,
      after: summarize(row),
      meta: { indicator: resolved.indicator.code, region: w.regionAdcode, year: w.year, ...who.auditMeta },
    },
    tx,
  );
  return { status: "created" as const, observation: toObservationVersion(row), warnings };
}
