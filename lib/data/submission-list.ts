import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/permissions";
import { toNumber } from "@/lib/data/decimal";
import type { SubmissionListQuery } from "@/lib/validation/submissions";

/**
 * What an actor may see of submissions, as a where clause: reviewers (analysts, admins)
 * all of them; a reporter their unit's (and their own, had they no unit).
 */
function submissionScope(actor: Actor): Prisma.SubmissionWhereInput {
  const user = requireUser(actor);
  if (can(user, "submission.review")) return {};
  authorize(user, "submission.create");
  return user.unitId ? { OR: [{ unitId: user.unitId }, { submittedById: user.userId }] } : { submittedById: user.userId };
}

const MAX_ROWS = 500;

/** Submissions, newest first, each with its series' current official value beside it. */
export async function listSubmissions(actor: Actor, query: SubmissionListQuery & { series?: { indicatorId: number; regionAdcode: string } } = {}) {
  const rows = await prisma.submission.findMany({
    where: {
      AND: [
        submissionScope(actor),
        query.round ? { roundId: query.round } : {},
        query.status ? { status: query.status } : {},
        query.series ? { indicatorId: query.series.indicatorId, regionAdcode: query.series.regionAdcode } : {},
      ],
    },
    orderBy: { id: "desc" },
    take: MAX_ROWS,
    include: { unit: { select: { id: true, nameZh: true, nameEn: true } } },
  });
  const [indicators, regions, users, current] = await Promise.all([
    prisma.indicator.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.indicatorId))] } },
      select: { id: true, code: true, nameZh: true, nameEn: true, unit: true },
    }),
    prisma.region.findMany({ where: { adcode: { in: [...new Set(rows.map((r) => r.regionAdcode))] } }, select: { adcode: true, nameZh: true, nameEn: true } }),
    prisma.user.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => [r.submittedById, r.reviewedById ?? r.submittedById]))] } },
      select: { id: true, name: true },
    }),
    // the current versions of the submitted series: their keys, then the versions
    prisma.observationCurrent
      .findMany({
        where: { OR: rows.map((r) => ({ indicatorId: r.indicatorId, regionAdcode: r.regionAdcode, year: r.year })) },
        select: { observationId: true },
      })
      .then((keys) =>
        prisma.observation.findMany({
          where: { id: { in: keys.map((k) => k.observationId) } },
          select: { id: true, indicatorId: true, regionAdcode: true, year: true, version: true, kind: true, value: true },
        }),
      ),
  ]);
  const indicatorOf = new Map(indicators.map((i) => [i.id, i]));
  const regionOf = new Map(regions.map((r) => [r.adcode, r]));
  const userOf = new Map(users.map((u) => [u.id, u]));
  const currentOf = new Map(current.map((o) => [`${o.indicatorId}:${o.regionAdcode}:${o.year}`, o]));
  return rows.map((r) => {
    const ind = indicatorOf.get(r.indicatorId)!;
    const cur = currentOf.get(`${r.indicatorId}:${r.regionAdcode}:${r.year}`);
    return {
      id: r.id,
      status: r.status,
      roundId: r.roundId,
      indicator: { code: ind.code, nameZh: ind.nameZh, nameEn: ind.nameEn },
      region: regionOf.get(r.regionAdcode)!,
      year: r.year,
      /** in the indicator's unit (`unit`) */
      value: toNumber(r.value),
      unit: ind.unit,
      valueAsEntered: r.valueAsEntered,
      unitAsEntered: r.unitAsEntered,
      source: r.source,
      note: r.note,
      flags: r.flags,
      responsibleUnit: r.unit,
      submittedBy: userOf.get(r.submittedById) ?? { id: r.submittedById, name: "" },
      createdAt: r.createdAt.toISOString(),
      replacesId: r.replacesId,
      baseVersionId: r.baseVersionId,
      reviewComment: r.reviewComment,
      reviewedBy: r.reviewedById === null ? null : (userOf.get(r.reviewedById) ?? { id: r.reviewedById, name: "" }),
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      observationId: r.observationId,
      /** the official figure now (what accepting would replace); null: none yet */
      current: cur ? { id: cur.id, version: cur.version, kind: cur.kind, value: cur.value === null ? null : toNumber(cur.value) } : null,
    };
  });
}

export type SubmissionView = Awaited<ReturnType<typeof listSubmissions>>[number];

/**
 * Figures waiting for review, by cell ("indicatorId:adcode:year"), for the "pending
 * review" marker where a series is shown. Everyone who reads the plan sees that a figure
 * is pending and its value (it is marked, never counted).
 */
export async function pendingSubmissionsByCell(actor: Actor, filter: { indicatorId?: number; regionAdcode?: string }) {
  authorize(actor, "plan.read");
  const rows = await prisma.submission.findMany({
    where: { status: "submitted", ...filter },
    orderBy: { id: "asc" },
    select: { id: true, indicatorId: true, regionAdcode: true, year: true, value: true },
  });
  return new Map(rows.map((r) => [`${r.indicatorId}:${r.regionAdcode}:${r.year}`, { id: r.id, value: toNumber(r.value) }]));
}

/** The same for one indicator by code, keyed "adcode" → pending figures by year (the indicator page). */
export async function pendingSubmissionsOfIndicator(actor: Actor, code: string): Promise<Map<string, { year: number; value: number }[]>> {
  authorize(actor, "plan.read");
  const rows = await prisma.submission.findMany({
    where: { status: "submitted", indicatorId: { in: (await prisma.indicator.findMany({ where: { code }, select: { id: true } })).map((i) => i.id) } },
    orderBy: [{ year: "asc" }, { id: "asc" }],
    select: { regionAdcode: true, year: true, value: true },
  });
  const out = new Map<string, { year: number; value: number }[]>();
  for (const r of rows)
    out.set(r.regionAdcode, [...(out.get(r.regionAdcode) ?? []).filter((p) => p.year !== r.year), { year: r.year, value: toNumber(r.value) }]);
  return out;
}
