import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { Submission } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { msg } from "@/lib/i18n/message";
import { mayReview, type Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { writeVersion } from "@/lib/data/observation-entry";
import { resolveObservationInput } from "@/lib/data/observation-input";
import { observationInput } from "@/lib/validation/observation";
import type { SubmissionAccept, SubmissionReturn } from "@/lib/validation/submissions";

type User = Extract<Actor, { kind: "user" }>;

const STATUS_NAMES: Record<string, { zh: string; en: string }> = {
  submitted: { zh: "待审核", en: "pending review" },
  returned: { zh: "已退回", en: "returned" },
  accepted: { zh: "已采用", en: "accepted" },
  withdrawn: { zh: "已撤回", en: "withdrawn" },
};

/** The submission, locked for this transaction, once the actor may review it and it still waits. */
async function pendingForReview(tx: TransactionClient, user: User, id: number): Promise<Submission> {
  // FOR UPDATE: two reviewers acting at once take turns; the second sees the first's outcome
  await tx.$queryRaw`SELECT id FROM "Submission" WHERE id = ${id} FOR UPDATE`;
  const s = await tx.submission.findUnique({ where: { id } });
  if (!s) throw new AppError("NOT_FOUND", msg("没有这个报送", "No such submission"));
  if (!mayReview(user, s))
    throw new AppError(
      "FORBIDDEN",
      msg("不能审核自己报送的数值，须由另一名分析员或管理员审核", "You cannot review your own submission: another analyst or an administrator must"),
    );
  if (s.status !== "submitted") {
    const st = STATUS_NAMES[s.status]!;
    throw new AppError("CONFLICT", msg(`该报送已处理（${st.zh}）`, `This submission has already been dealt with (${st.en})`), { status: s.status });
  }
  return s;
}

/**
 * Accepts a submission: its figure becomes the series' next official version through the
 * one write path of single entries (lib/data/observation-entry.ts writeVersion: stale-edit
 * check, plausibility, identical → nothing written), recorded under its submitter; the
 * submission keeps the observation's id. The stale-edit check compares the current
 * version with `baseVersionId` (the one the reviewer saw; default: the submitter's) — a
 * figure recorded since is a 409 with that version, never silently overwritten.
 */
export async function acceptSubmission(actor: Actor, id: number, input: SubmissionAccept) {
  authorize(actor, "submission.review");
  const user = requireUser(actor);
  const sub = await prisma.submission.findUnique({ where: { id }, include: { unit: false } });
  if (!sub) throw new AppError("NOT_FOUND", msg("没有这个报送", "No such submission"));
  const indicator = await prisma.indicator.findUniqueOrThrow({ where: { id: sub.indicatorId }, select: { code: true } });
  // the stored figure is already in the indicator's unit: resolve it as such, then keep what was typed
  const resolved = await resolveObservationInput(
    observationInput.parse({
      region: sub.regionAdcode,
      indicator: indicator.code,
      year: sub.year,
      value: sub.value.toString(),
      source: sub.source,
      note: sub.note ?? "",
      flags: sub.flags,
    }),
  );
  resolved.write = { ...resolved.write, valueAsEntered: sub.valueAsEntered, unitAsEntered: sub.unitAsEntered, publishedAt: sub.publishedAt };
  return prisma.$transaction(async (tx) => {
    const s = await pendingForReview(tx, user, id);
    const base = input.baseVersionId !== undefined ? input.baseVersionId : s.baseVersionId;
    const r = await writeVersion(tx, { createdById: s.submittedById, auditActorId: user.userId, auditMeta: { submissionId: id } }, base, resolved);
    await tx.submission.update({
      where: { id },
      data: { status: "accepted", reviewedById: user.userId, reviewedAt: new Date(), observationId: r.observation.id },
    });
    await writeAudit(
      user.userId,
      {
        action: "submission.accept",
        entityType: "submission",
        entityId: String(id),
        before: { status: "submitted" },
        after: { status: "accepted", observationId: r.observation.id },
        meta: { submittedById: s.submittedById, unitId: s.unitId, roundId: s.roundId, outcome: r.status },
      },
      tx,
    );
    return { id, status: "accepted" as const, observation: r.observation, outcome: r.status };
  });
}

/**
 * Returns a submission to its unit with the reviewer's comment. The audit entry
 * (submission.return, meta: comment, submittedById, unitId, roundId) is what a mail
 * notification reads; the reporter sees the comment on their submissions page.
 */
export async function returnSubmission(actor: Actor, id: number, input: SubmissionReturn) {
  authorize(actor, "submission.review");
  const user = requireUser(actor);
  return prisma.$transaction(async (tx) => {
    const s = await pendingForReview(tx, user, id);
    await tx.submission.update({
      where: { id },
      data: { status: "returned", reviewComment: input.comment, reviewedById: user.userId, reviewedAt: new Date() },
    });
    await writeAudit(
      user.userId,
      {
        action: "submission.return",
        entityType: "submission",
        entityId: String(id),
        before: { status: "submitted" },
        after: { status: "returned", reviewComment: input.comment },
        meta: { comment: input.comment, submittedById: s.submittedById, unitId: s.unitId, roundId: s.roundId },
      },
      tx,
    );
    return { id, status: "returned" as const, reviewComment: input.comment };
  });
}
