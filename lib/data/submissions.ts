import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { msg } from "@/lib/i18n/message";
import { can, maySubmitFor, needsReview, type Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { createObservation } from "@/lib/data/observation-entry";
import { resolveObservationInput, type ResolvedObservation } from "@/lib/data/observation-input";
import { plausibilityOf } from "@/lib/data/observation-plausibility";
import { currentVersionOf } from "@/lib/data/observation-versions";
import { seriesAssignmentOf, seriesHasFourEyes } from "@/lib/data/unit-assignments";
import type { EntryInput } from "@/lib/validation/submissions";

type User = Extract<Actor, { kind: "user" }>;

/**
 * One figure from the entry form or POST /api/v1/observations, through the one parsing,
 * unit-conversion and plausibility path: an official version at once, or — for a
 * reporter, or an analyst under the plan's four-eyes rule — a submission that waits for
 * review and is not used in progress until accepted.
 */
export async function recordEntry(actor: Actor, input: EntryInput) {
  const user = requireUser(actor);
  if (!can(user, "observation.write")) authorize(user, "submission.create");
  const resolved = await resolveObservationInput(input);
  const key = { indicatorId: resolved.write.indicatorId, regionAdcode: resolved.write.regionAdcode };
  const review = user.role === "reporter" || (user.role === "analyst" && needsReview(user, { fourEyes: await seriesHasFourEyes(prisma, key) }));
  if (!review) return { kind: "observation" as const, ...(await createObservation(actor, input)) };
  return { kind: "submission" as const, ...(await createSubmission(user, input, resolved)) };
}

function notAssigned(indicator: string, region: string) {
  return new AppError(
    "FORBIDDEN",
    msg(
      `指标「${indicator}」在地区 ${region} 的数值未分配给您的单位报送；您可以查看，但不能报送`,
      `Figures of ${indicator} for region ${region} are not assigned to your unit: you may read them but not submit them`,
    ),
  );
}

/** The round a figure is submitted for: it must be open and collect the figure's year. */
async function checkRound(tx: TransactionClient, roundId: number | undefined, year: number) {
  if (roundId === undefined) return;
  const round = await tx.round.findUnique({ where: { id: roundId }, select: { status: true, year: true, name: true } });
  if (!round)
    throw new AppError("VALIDATION", msg("没有这个监测轮次", "No such monitoring round"), {
      issues: [{ path: "roundId", message: msg("没有这个轮次", "no such round") }],
    });
  if (round.status !== "open")
    throw new AppError("CONFLICT", msg(`监测轮次「${round.name}」已冻结，不再接受报送`, `The round ${round.name} is frozen and takes no more submissions`));
  if (round.year !== year)
    throw new AppError(
      "VALIDATION",
      msg(`监测轮次「${round.name}」收集 ${round.year} 年的数据`, `The round ${round.name} collects figures for ${round.year}`),
      {
        issues: [{ path: "year", message: msg(`应为 ${round.year}`, `must be ${round.year}`) }],
      },
    );
}

/**
 * The submission this one answers: the newest returned or still pending submission of the
 * same series and year by the same unit (or, without a unit, the same person) that no
 * other submission has replaced yet. A pending one is withdrawn: one figure per unit
 * waits for review at a time.
 */
async function replacedSubmission(tx: TransactionClient, user: User, w: ResolvedObservation["write"]) {
  const owner = user.unitId ? { unitId: user.unitId } : { submittedById: user.userId };
  const prev = await tx.submission.findFirst({
    where: { indicatorId: w.indicatorId, regionAdcode: w.regionAdcode, year: w.year, status: { in: ["submitted", "returned"] }, ...owner },
    orderBy: { id: "desc" },
    select: { id: true, status: true },
  });
  if (!prev || (await tx.submission.count({ where: { replacesId: prev.id } })) > 0) return null;
  if (prev.status === "submitted") {
    await tx.submission.update({ where: { id: prev.id }, data: { status: "withdrawn" } });
    await writeAudit(
      user.userId,
      { action: "submission.withdraw", entityType: "submission", entityId: String(prev.id), before: { status: "submitted" }, after: { status: "withdrawn" } },
      tx,
    );
  }
  return prev.id;
}

async function createSubmission(user: User, input: EntryInput, resolved: ResolvedObservation) {
  authorize(user, "submission.create");
  const w = resolved.write;
  const key = { indicatorId: w.indicatorId, regionAdcode: w.regionAdcode };
  if (!maySubmitFor(user, await seriesAssignmentOf(prisma, key))) throw notAssigned(resolved.indicator.code, w.regionAdcode);
  try {
    return await prisma.$transaction(async (tx) => {
      await checkRound(tx, input.roundId, w.year);
      const current = await currentVersionOf(tx, { ...key, year: w.year });
      const warnings = await plausibilityOf(tx, resolved, current);
      const replacesId = await replacedSubmission(tx, user, w);
      const s = await tx.submission.create({
        data: {
          roundId: input.roundId ?? null,
          indicatorId: w.indicatorId,
          regionAdcode: w.regionAdcode,
          year: w.year,
          value: w.value,
          valueAsEntered: w.valueAsEntered,
          unitAsEntered: w.unitAsEntered,
          source: w.source,
          note: w.note,
          flags: w.flags,
          publishedAt: w.publishedAt ?? null,
          // what the submitter saw: named by the form, else the official version of now
          baseVersionId: input.baseVersionId !== undefined ? input.baseVersionId : (current?.id ?? null),
          unitId: user.unitId ?? null,
          submittedById: user.userId,
          replacesId,
        },
        select: { id: true, status: true },
      });
      await writeAudit(
        user.userId,
        {
          action: "submission.create",
          entityType: "submission",
          entityId: String(s.id),
          after: { value: w.value, valueAsEntered: w.valueAsEntered, unitAsEntered: w.unitAsEntered, source: w.source, status: "submitted" },
          meta: {
            indicator: resolved.indicator.code,
            region: w.regionAdcode,
            year: w.year,
            roundId: input.roundId ?? null,
            unitId: user.unitId ?? null,
            replacesId,
          },
        },
        tx,
      );
      return { id: s.id, status: "submitted" as const, unit: resolved.indicator.unit, warnings };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", msg("同一数值正被同时报送，请刷新后重试", "The same figure was submitted at the same moment; reload and try again"));
    throw e;
  }
}
