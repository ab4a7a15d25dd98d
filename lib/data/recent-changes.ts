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

interface Row {
  id: number;
  createdAt: Date;
  year: number;
  kind: "value" | "retraction";
  value: string | null;
  supersedesId: number | null;
  oldValue: string | null;
  indicatorCode: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  unit: string;
  adcode: string;
  regionNameZh: string;
  regionNameEn: string;
}
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
  // current versions (the series' entry in "ObservationCurrent" is this version) with the value each replaced
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT o.id, o."createdAt", o.year, o.kind::text AS kind, o.value::text AS value, o."supersedesId", p.value::text AS "oldValue",
           i.code AS "indicatorCode", i."nameZh" AS "indicatorNameZh", i."nameEn" AS "indicatorNameEn", i.unit,
           r.adcode, r."nameZh" AS "regionNameZh", r."nameEn" AS "regionNameEn"
    FROM "Observation" o
    JOIN "ObservationCurrent" c ON c."indicatorId" = o."indicatorId" AND c."regionAdcode" = o."regionAdcode" AND c.year = o.year AND c."observationId" = o.id
    JOIN "Indicator" i ON i.id = o."indicatorId"
    JOIN "Region" r ON r.adcode = o."regionAdcode"
    LEFT JOIN "Observation" p ON p.id = o."supersedesId"
    WHERE o."createdAt" >= ${since} AND o."createdAt" <= ${now}
    ORDER BY o."createdAt" DESC, o.id DESC
    LIMIT ${SCAN}`;
  const num = (v: string | null) => (v === null ? null : Number(v));
  const candidates = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    year: r.year,
    indicator: { code: r.indicatorCode, nameZh: r.indicatorNameZh, nameEn: r.indicatorNameEn, unit: r.unit },
    region: { adcode: r.adcode, nameZh: r.regionNameZh, nameEn: r.regionNameEn },
    oldValue: num(r.oldValue),
    newValue: r.kind === "retraction" ? null : num(r.value),
    revision: r.supersedesId !== null,
    kind: (r.kind === "retraction" ? "retraction" : r.supersedesId !== null ? "revision" : "created") as RecentChange["kind"],
  }));
  return rankChanges(candidates, opts.limit ?? 5).map(({ revision: _r, createdAt, ...c }) => ({ ...c, createdAt: createdAt.toISOString() }));
}
