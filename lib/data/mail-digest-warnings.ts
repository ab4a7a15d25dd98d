import "server-only";
import { prisma } from "@/lib/db";
import { listWarnings } from "@/lib/data/warnings";
import type { DigestWarning } from "@/lib/mail/digest-mail";

/** Whose warnings a digest shows: every target (analysts, admins), one unit's, or none. */
export type WarningScope = { all: true } | { all: false; unitId: number | null };

const RANK = { off_track: 0, at_risk: 1, cap_crossing: 2, no_data: 3 } as const;

/**
 * The digest's early warnings: the one list /warnings shows (lib/data/warnings.ts), live,
 * of every plan, for the user's unit or for all; one line per target (its gravest warning),
 * gravest first, then the least complete.
 */
export async function listDigestWarnings(scope: WarningScope): Promise<DigestWarning[]> {
  if (!scope.all && scope.unitId === null) return [];
  const plans = await prisma.plan.findMany({ select: { slug: true }, orderBy: { id: "asc" } });
  const best = new Map<number, { rank: number; item: DigestWarning }>();
  for (const { slug } of plans) {
    const { warnings } = await listWarnings({ planSlug: slug, unitId: scope.all ? undefined : scope.unitId! });
    for (const w of warnings) {
      const rank = RANK[w.kind];
      const seen = best.get(w.targetId);
      if (seen && seen.rank <= rank) continue;
      best.set(w.targetId, {
        rank,
        item: {
          indicatorZh: w.indicatorNameZh,
          indicatorEn: w.indicatorNameEn,
          regionZh: w.region.nameZh,
          regionEn: w.region.nameEn,
          targetYear: w.targetYear,
          status: w.status,
          completion: w.completion,
        },
      });
    }
  }
  return [...best.values()].sort((a, b) => a.rank - b.rank || (a.item.completion ?? 2) - (b.item.completion ?? 2)).map((x) => x.item);
}
