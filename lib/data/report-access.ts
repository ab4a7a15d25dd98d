import "server-only";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, reportReadScope, UNAUTHENTICATED_MESSAGE, type Action, type Actor, type Resource } from "@/lib/permissions";
import { reportSelectionSchema, type ReportSelection } from "@/lib/validation/report";

export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

const REPORT_NOT_FOUND = { zh: "没有找到该报告", en: "Report not found" };

function findReport(id: number) {
  return prisma.report.findFirst({
    where: { id, deletedAt: null },
    include: { owner: { select: { id: true, name: true, email: true, role: true } }, annotations: { orderBy: { id: "asc" } } },
  });
}

export const reportResource = (r: { id: number; ownerId: number; visibility: "private" | "team" }): Resource => ({
  reportId: r.id,
  ownerId: r.ownerId,
  visibility: r.visibility,
});

/**
 * The live reports an actor may read, as a query filter: the policy's read scope
 * (lib/permissions.ts reportReadScope, the rule can(actor, "report.read") applies to one
 * report) turned into a where clause, so a list shows exactly what opening each would allow.
 */
export function reportsReadableBy(actor: Actor): Prisma.ReportWhereInput {
  const scope = reportReadScope(actor);
  const live = { deletedAt: null };
  switch (scope.kind) {
    case "none":
      return { ...live, id: { in: [] } };
    case "all":
      return live;
    case "report":
      return { ...live, id: scope.reportId };
    case "ownOrTeam":
      return { ...live, OR: [{ ownerId: scope.userId }, { visibility: "team" }] };
  }
}

/**
 * Loads a live (not deleted) report and checks `action` on it. A report the actor may
 * not even read answers 404, not 403, so private reports do not reveal that they exist;
 * a share link outside its report answers 401 (it is no identity for anything else).
 */
export async function requireReport(actor: Actor, id: number, action: Action): Promise<ReportRow> {
  const row = Number.isSafeInteger(id) && id > 0 ? await findReport(id) : null;
  const resource = row ? reportResource(row) : { reportId: id };
  if (!row || !can(actor, "report.read", resource)) {
    if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", UNAUTHENTICATED_MESSAGE);
    throw new AppError("NOT_FOUND", REPORT_NOT_FOUND);
  }
  authorize(actor, action, resource);
  return row;
}

/** Stored selections were validated on write; parse again so old rows gain new defaults. */
export function parseStoredSelection(json: unknown): ReportSelection {
  return reportSelectionSchema.parse(json);
}

/**
 * Whom a report's statistics are read as. A signed-in reader reads as themselves. A
 * share link is not a user and may not read the plan data at large (lib/permissions),
 * so once it has been authorized for its report, the report's figures are read on the
 * owner's behalf: the link shows what the owner chose to share and nothing else.
 */
export function readerFor(actor: Actor, report: ReportRow): Actor {
  if (actor.kind === "user") return actor;
  const o = report.owner;
  return { kind: "user", userId: o.id, role: o.role, name: o.name, email: o.email, via: "session" };
}

/** Every code and adcode in a selection (and its annotations) must exist: 422 otherwise. */
export async function checkSelectionRefs(selection: ReportSelection, annotations: { indicatorCode: string; regionAdcode: string }[] = []): Promise<void> {
  const codes = [...new Set([...selection.indicators, ...annotations.map((a) => a.indicatorCode)])];
  const adcodes = [...new Set([...selection.regions, ...annotations.map((a) => a.regionAdcode)])];
  const [plan, indicators, regions] = await Promise.all([
    prisma.plan.findUnique({ where: { slug: selection.plan }, select: { id: true } }),
    prisma.indicator.findMany({ where: { code: { in: codes } }, select: { code: true } }),
    prisma.region.findMany({ where: { adcode: { in: adcodes } }, select: { adcode: true } }),
  ]);
  const problems: { zh: string; en: string }[] = [];
  if (!plan) problems.push({ zh: `没有规划“${selection.plan}”`, en: `no plan "${selection.plan}"` });
  const knownCodes = new Set(indicators.map((i) => i.code));
  const unknownCodes = codes.filter((c) => !knownCodes.has(c));
  if (unknownCodes.length) problems.push({ zh: `无法识别的指标：${unknownCodes.join("、")}`, en: `unknown indicator(s): ${unknownCodes.join(", ")}` });
  const knownRegions = new Set(regions.map((r) => r.adcode));
  const unknownRegions = adcodes.filter((a) => !knownRegions.has(a));
  if (unknownRegions.length)
    problems.push({ zh: `无法识别的地区代码：${unknownRegions.join("、")}`, en: `unknown region code(s): ${unknownRegions.join(", ")}` });
  if (problems.length) {
    throw new AppError("VALIDATION", { zh: problems.map((p) => p.zh).join("；"), en: problems.map((p) => p.en).join("; ") });
  }
}
