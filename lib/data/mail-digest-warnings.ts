import "server-only";
import { prisma } from "@/lib/db";
import { getProgressSummary } from "@/lib/data/progress-summary";
import type { DigestWarning } from "@/lib/mail/digest-mail";
import type { Actor } from "@/lib/permissions";
import type { ProgressStatus } from "@/lib/progress/types";

const WARNING_STATUSES: ReadonlySet<ProgressStatus> = new Set(["off_track", "at_risk"]);

/** Whose warnings a digest shows: every target (analysts, admins), one unit's, or none. */
export type WarningScope = { all: true } | { all: false; unitId: number | null };

/**
 * The targets off track or at risk that the digest lists, worst first, from the same
 * cached evaluation the progress pages use (getProgressSummary, now). Every plan counts.
 *
 * The one seam for the early-warning feature: when lib/data/warnings.ts (listWarnings)
 * lands, this body becomes a call to it with the same scope.
 */
export async function listDigestWarnings(actor: Actor, scope: WarningScope, now: Date): Promise<DigestWarning[]> {
  if (!scope.all && scope.unitId === null) return [];
  const assigned = scope.all
    ? null
    : new Set((await prisma.targetUnit.findMany({ where: { unitId: scope.unitId! }, select: { targetId: true } })).map((t) => t.targetId));
  if (assigned?.size === 0) return [];
  const plans = await prisma.plan.findMany({ select: { slug: true }, orderBy: { id: "asc" } });
  const out: DigestWarning[] = [];
  for (const { slug } of plans) {
    const summary = await getProgressSummary(actor, { planSlug: slug, asOf: now });
    for (const e of summary?.entries ?? []) {
      if (!WARNING_STATUSES.has(e.status) || (assigned && !assigned.has(e.targetId))) continue;
      out.push({
        indicatorZh: e.indicatorNameZh,
        indicatorEn: e.indicatorNameEn,
        regionZh: e.region.nameZh,
        regionEn: e.region.nameEn,
        targetYear: e.targetYear,
        status: e.status,
        completion: e.completion,
      });
    }
  }
  // off track before at risk, then the least complete first
  return out.sort((a, b) => (a.status === b.status ? (a.completion ?? 2) - (b.completion ?? 2) : a.status === "off_track" ? -1 : 1));
}
