import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/data/audit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions";
import type { ReportCreateInput, ReportSelection, ReportUpdateInput } from "@/lib/validation/report";
import { checkSelectionRefs, parseStoredSelection, reportsReadableBy, requireReport, type ReportRow } from "@/lib/data/report-access";

interface ReportAnnotationView {
  id: number;
  indicatorCode: string;
  regionAdcode: string;
  year: number | null;
  body: string;
}

export interface ReportSummary {
  id: number;
  title: string;
  description: string;
  visibility: "private" | "team";
  pinnedAt: string | null;
  version: number;
  owner: { id: number; name: string };
  createdAt: string;
  updatedAt: string;
}

export interface ReportDetail extends ReportSummary {
  commentary: string;
  selection: ReportSelection;
  annotations: ReportAnnotationView[];
}

function toSummary(r: Omit<ReportRow, "annotations">): ReportSummary {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    visibility: r.visibility,
    pinnedAt: r.pinnedAt?.toISOString() ?? null,
    version: r.version,
    owner: { id: r.owner.id, name: r.owner.name },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toDetail(r: ReportRow): ReportDetail {
  return {
    ...toSummary(r),
    commentary: r.commentary,
    selection: parseStoredSelection(r.selection),
    annotations: r.annotations.map((a) => ({ id: a.id, indicatorCode: a.indicatorCode, regionAdcode: a.regionAdcode, year: a.year, body: a.body })),
  };
}

// a pin in the future would not be a pin: the report would keep changing until then
const CLOCK_SKEW_MS = 60_000;
function checkPinnedAt(pinnedAt: Date | null | undefined): void {
  if (pinnedAt && pinnedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
    throw new AppError("VALIDATION", { zh: "固定时刻不能晚于现在", en: "The pinned moment cannot be in the future" });
  }
}

const auditView = (r: { title: string; visibility: string; pinnedAt: Date | null; version: number }) => ({
  title: r.title,
  visibility: r.visibility,
  pinnedAt: r.pinnedAt?.toISOString() ?? null,
  version: r.version,
});

export async function createReport(actor: Actor, input: ReportCreateInput): Promise<ReportDetail> {
  authorize(actor, "report.create");
  const user = requireUser(actor);
  checkPinnedAt(input.pinnedAt);
  await checkSelectionRefs(input.selection, input.annotations);
  const id = await prisma.$transaction(async (tx) => {
    const r = await tx.report.create({
      data: {
        ownerId: user.userId,
        title: input.title,
        description: input.description,
        commentary: input.commentary,
        selection: input.selection as Prisma.InputJsonValue,
        pinnedAt: input.pinnedAt,
        visibility: input.visibility,
        annotations: { create: input.annotations },
      },
    });
    await writeAudit(user.userId, { action: "report.create", entityType: "report", entityId: String(r.id), after: auditView(r) }, tx);
    return r.id;
  });
  return getReport(actor, id);
}

export async function getReport(actor: Actor, id: number): Promise<ReportDetail> {
  return toDetail(await requireReport(actor, id, "report.read"));
}

/** The reports the actor may read (reportsReadableBy): their own, and others' (team ones; for an admin, all). */
export async function listReports(actor: Actor): Promise<{ mine: ReportSummary[]; team: ReportSummary[] }> {
  authorize(actor, "report.read");
  const user = requireUser(actor);
  const rows = await prisma.report.findMany({
    where: reportsReadableBy(actor),
    orderBy: { updatedAt: "desc" },
    include: { owner: { select: { id: true, name: true, email: true, role: true } } },
  });
  const all = rows.map(toSummary);
  return { mine: all.filter((r) => r.owner.id === user.userId), team: all.filter((r) => r.owner.id !== user.userId) };
}

/**
 * Optimistic concurrency: the edit names the version it started from; if someone saved
 * in between, nothing is written and the caller gets 409 with the current version.
 */
export async function updateReport(actor: Actor, id: number, input: ReportUpdateInput): Promise<ReportDetail> {
  const before = await requireReport(actor, id, "report.update");
  checkPinnedAt(input.pinnedAt);
  if (input.selection || input.annotations) await checkSelectionRefs(input.selection ?? parseStoredSelection(before.selection), input.annotations ?? []);
  const { version, annotations, selection, ...fields } = input;
  await prisma.$transaction(async (tx) => {
    const res = await tx.report.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...fields, ...(selection ? { selection: selection as Prisma.InputJsonValue } : {}), version: { increment: 1 } },
    });
    if (res.count === 0) {
      const current = await tx.report.findUnique({ where: { id }, select: { version: true, updatedAt: true } });
      throw new AppError(
        "CONFLICT",
        {
          zh: `报告已被他人修改（当前版本 ${current?.version ?? "?"}，您编辑的是版本 ${version}）；请重新载入后再保存`,
          en: `The report was changed by someone else (now version ${current?.version ?? "?"}, you edited version ${version}); reload and save again`,
        },
        { currentVersion: current?.version ?? null },
      );
    }
    if (annotations) {
      await tx.reportAnnotation.deleteMany({ where: { reportId: id } });
      await tx.reportAnnotation.createMany({ data: annotations.map((a) => ({ ...a, reportId: id })) });
    }
    const after = await tx.report.findUniqueOrThrow({ where: { id } });
    await writeAudit(
      requireUser(actor).userId,
      { action: "report.update", entityType: "report", entityId: String(id), before: auditView(before), after: auditView(after) },
      tx,
    );
  });
  return getReport(actor, id);
}

/** A private copy owned by the actor (annotations included), at version 1. */
export async function duplicateReport(actor: Actor, id: number, opts: { title?: string } = {}): Promise<ReportDetail> {
  const source = await requireReport(actor, id, "report.read");
  authorize(actor, "report.create");
  const user = requireUser(actor);
  const copyId = await prisma.$transaction(async (tx) => {
    const r = await tx.report.create({
      data: {
        ownerId: user.userId,
        title: opts.title ?? `${source.title}（副本）`.slice(0, 200),
        description: source.description,
        commentary: source.commentary,
        selection: source.selection as Prisma.InputJsonValue,
        pinnedAt: source.pinnedAt,
        visibility: "private",
        annotations: { create: source.annotations.map(({ indicatorCode, regionAdcode, year, body }) => ({ indicatorCode, regionAdcode, year, body })) },
      },
    });
    await writeAudit(user.userId, { action: "report.duplicate", entityType: "report", entityId: String(r.id), after: auditView(r), meta: { from: id } }, tx);
    return r.id;
  });
  return getReport(actor, copyId);
}

/** Soft delete: the row stays for the audit trail; its share links stop working at once. */
export async function deleteReport(actor: Actor, id: number): Promise<void> {
  const before = await requireReport(actor, id, "report.delete");
  await prisma.$transaction(async (tx) => {
    await tx.report.update({ where: { id }, data: { deletedAt: new Date() } });
    await writeAudit(requireUser(actor).userId, { action: "report.delete", entityType: "report", entityId: String(id), before: auditView(before) }, tx);
  });
}
