import "server-only";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { rankChanges } from "@/lib/changes/rank";

export interface RecentChange {
  id: number;
  createdAt: string;
  indicator: { code: string; nameZh: string; nameEn: string; unit: string };
  region: { adcode: string; nameZh: string; nameEn: string };
  year: number;
  /** The value replaced (null: a first entry, or it replaced a retraction). */
  oldValue: number | null;
  /** null: this version retracts the figure. */
  newValue: number | null;
  kind: "revision" | "retraction" | "created";
}

const DAY = 86_400_000;
// candidates considered; a month of normal entry is far below this, a bulk import is ranked on its newest
const SCAN = 5_000;

/**
 * The biggest data changes of the last `days` days for the overview: current observation
 * versions created in that window, each with the value it replaced, ranked by lib/changes/rank.
 */
export async function getRecentChanges(actor: Actor, opts: { now?: Date; days?: number; limit?: number } = {}): Promise<RecentChange[]> {
  authorize(actor, "plan.read");
  const now = opts.now ?? new Date();
  const since = new Date(now.getTime() - (opts.days ?? 30) * DAY);
  const rows = await prisma.observation.findMany({
    where: { createdAt: { gte: since, lte: now }, supersededBy: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SCAN,
    select: {
      id: true,
      createdAt: true,
      year: true,
      kind: true,
      value: true,
      supersedesId: true,
      supersedes: { select: { value: true } },
      indicator: { select: { code: true, nameZh: true, nameEn: true, unit: true } },
      region: { select: { adcode: true, nameZh: true, nameEn: true } },
    },
  });
  const num = (v: { toNumber(): number } | null | undefined) => (v === null || v === undefined ? null : v.toNumber());
  const candidates = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    year: r.year,
    indicator: r.indicator,
    region: r.region,
    oldValue: num(r.supersedes?.value),
    newValue: r.kind === "retraction" ? null : num(r.value),
    revision: r.supersedesId !== null,
    kind: (r.kind === "retraction" ? "retraction" : r.supersedesId !== null ? "revision" : "created") as RecentChange["kind"],
  }));
  return rankChanges(candidates, opts.limit ?? 5).map(({ revision: _r, createdAt, ...c }) => ({ ...c, createdAt: createdAt.toISOString() }));
}
