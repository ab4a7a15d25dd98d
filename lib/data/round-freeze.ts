import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { currentVersionsSql } from "@/lib/data/current-observations";
import { getProgress } from "@/lib/data/progress";
import { roundNotFound } from "@/lib/data/rounds";
import type { ProgressApiEntry } from "@/lib/progress/entry";
import { frozenApiEntry, revisedSince, toFrozenEntry, type FrozenEntry, type RevisedSince } from "@/lib/rounds/frozen-entry";

// Freezing a round: the evaluation of every target of the round as of the freeze moment,
// from the one evaluation the progress pages use (getProgress), stored with the observation
// versions it used (RoundResult). Later revisions never change those rows; the results read
// compares them with the live evaluation ("revised since the round").

interface UsedRow {
  id: number;
  indicatorId: number;
  regionAdcode: string;
  year: number;
  version: number;
}

/** The current observation versions, as of `asOf`, of the series of the round's targets. */
async function usedVersions(roundId: number, asOf: Date): Promise<Map<string, Map<number, { observationId: number; version: number }>>> {
  const rows = await prisma.$queryRaw<UsedRow[]>(Prisma.sql`
    SELECT o.id, o."indicatorId", o."regionAdcode", o.year, o.version
    FROM ${currentVersionsSql({
      asOf,
      where: [
        Prisma.sql`EXISTS (SELECT 1 FROM "RoundTarget" rt JOIN "Target" t ON t.id = rt."targetId" WHERE rt."roundId" = ${roundId} AND t."indicatorId" = c."indicatorId" AND t."regionAdcode" = c."regionAdcode")`,
      ],
    })} o`);
  const bySeries = new Map<string, Map<number, { observationId: number; version: number }>>();
  for (const r of rows) {
    const key = `${r.indicatorId}|${r.regionAdcode}`;
    if (!bySeries.has(key)) bySeries.set(key, new Map());
    bySeries.get(key)!.set(r.year, { observationId: r.id, version: r.version });
  }
  return bySeries;
}

/**
 * Freezes an open round (admins): status frozen, freezeNo + 1, one RoundResult per target of
 * the round with its evaluation as of now. 409 when it is frozen already (also when another
 * admin froze it meanwhile: the status is checked again inside the transaction).
 */
export async function freezeRound(actor: Actor, id: number): Promise<{ id: number; freezeNo: number; frozenAt: string; targets: number }> {
  authorize(actor, "round.manage");
  const user = requireUser(actor);
  const round = await prisma.round.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      freezeNo: true,
      plan: { select: { slug: true } },
      targets: { select: { targetId: true, target: { select: { indicatorId: true, regionAdcode: true } } } },
    },
  });
  if (!round) throw roundNotFound(id);
  if (round.status === "frozen") throw alreadyFrozen();
  const asOf = new Date();
  const [progress, used] = await Promise.all([getProgress(actor, { planSlug: round.plan.slug, asOf }), usedVersions(id, asOf)]);
  const entries = new Map((progress?.entries ?? []).map((e) => [e.targetId, e]));
  const rows = round.targets.flatMap((rt) => {
    const e = entries.get(rt.targetId);
    if (!e) return [];
    const frozen = toFrozenEntry(e, used.get(`${rt.target.indicatorId}|${rt.target.regionAdcode}`) ?? new Map());
    return [
      {
        targetId: rt.targetId,
        entry: frozen as unknown as Prisma.InputJsonValue,
        observationIds: frozen.observations.map((o) => o.observationId).filter((x) => x > 0),
      },
    ];
  });
  const freezeNo = round.freezeNo + 1;
  await prisma.$transaction(async (tx) => {
    const moved = await tx.round.updateMany({ where: { id, status: "open", freezeNo: round.freezeNo }, data: { status: "frozen", freezeNo, frozenAt: asOf } });
    if (moved.count !== 1) throw alreadyFrozen();
    await tx.roundResult.createMany({ data: rows.map((r) => ({ ...r, roundId: id, freezeNo, frozenAt: asOf })) });
    await writeAudit(
      user.userId,
      {
        action: "round.freeze",
        entityType: "round",
        entityId: String(id),
        after: { status: "frozen", freezeNo, frozenAt: asOf.toISOString(), targets: rows.length },
      },
      tx,
    );
  });
  return { id, freezeNo, frozenAt: asOf.toISOString(), targets: rows.length };
}

const alreadyFrozen = () => new AppError("CONFLICT", msg("该轮次已冻结，需先重新开启", "The round is frozen already; reopen it first"));

/** Reopens a frozen round (admins, a reason required and audited); earlier frozen results are kept. */
export async function reopenRound(actor: Actor, id: number, reason: string): Promise<{ id: number; status: "open" }> {
  authorize(actor, "round.manage");
  const user = requireUser(actor);
  return prisma.$transaction(async (tx) => {
    const round = await tx.round.findUnique({ where: { id }, select: { status: true, freezeNo: true } });
    if (!round) throw roundNotFound(id);
    const moved = await tx.round.updateMany({ where: { id, status: "frozen" }, data: { status: "open" } });
    if (moved.count !== 1) throw new AppError("CONFLICT", msg("该轮次尚未冻结", "The round is not frozen"));
    await writeAudit(
      user.userId,
      {
        action: "round.reopen",
        entityType: "round",
        entityId: String(id),
        before: { status: "frozen", freezeNo: round.freezeNo },
        after: { status: "open" },
        meta: { reason },
      },
      tx,
    );
    return { id, status: "open" as const };
  });
}

/** The stored entries of a round's latest freeze (null when it was never frozen). */
export async function getFrozenEntries(roundId: number): Promise<{ freezeNo: number; frozenAt: Date; entries: FrozenEntry[] } | null> {
  // frozenAt stays on reopening: it is the moment of the latest freeze
  const round = await prisma.round.findUnique({ where: { id: roundId }, select: { freezeNo: true, frozenAt: true } });
  if (!round) throw roundNotFound(roundId);
  if (round.freezeNo === 0 || !round.frozenAt) return null;
  const rows = await prisma.roundResult.findMany({ where: { roundId, freezeNo: round.freezeNo }, orderBy: { targetId: "asc" }, select: { entry: true } });
  return { freezeNo: round.freezeNo, frozenAt: round.frozenAt, entries: rows.map((r) => r.entry as unknown as FrozenEntry) };
}

export interface RoundResults {
  roundId: number;
  status: "open" | "frozen";
  freezeNo: number;
  frozenAt: string;
  /** One per target, shaped like /api/v1/progress entries, as evaluated at the freeze. */
  entries: ProgressApiEntry[];
  /** Targets whose live evaluation differs now: shown beside the frozen result, never inside it. */
  revisedSince: RevisedSince[];
}

/** The latest freeze's results with what changed since; NOT_FOUND when the round was never frozen. */
export async function getRoundResults(actor: Actor, id: number): Promise<RoundResults> {
  authorize(actor, "plan.read");
  const round = await prisma.round.findUnique({ where: { id }, select: { status: true, plan: { select: { slug: true } } } });
  if (!round) throw roundNotFound(id);
  const frozen = await getFrozenEntries(id);
  if (!frozen) throw new AppError("NOT_FOUND", msg("该轮次尚未冻结，没有冻结结果", "The round has not been frozen: no results yet"));
  const live = await getProgress(actor, { planSlug: round.plan.slug });
  const liveById = new Map((live?.entries ?? []).map((e) => [e.targetId, e]));
  const revised = frozen.entries.flatMap((f) => {
    const l = liveById.get(f.targetId);
    const r = l ? revisedSince(f, l) : null;
    return r ? [r] : [];
  });
  return {
    roundId: id,
    status: round.status,
    freezeNo: frozen.freezeNo,
    frozenAt: frozen.frozenAt.toISOString(),
    entries: frozen.entries.map(frozenApiEntry),
    revisedSince: revised,
  };
}
