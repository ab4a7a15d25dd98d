import "server-only";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export interface ObservationFilter {
  indicator?: string; // indicator code
  region?: string; // adcode
  from?: number;
  to?: number;
  /** The data as it stood at this moment: versions created later are ignored. */
  asOf?: Date;
}

interface Row {
  id: number;
  indicator: string;
  unit: string;
  regionAdcode: string;
  regionNameZh: string;
  regionNameEn: string;
  year: number;
  version: number;
  kind: string;
  value: string | null;
  valueAsEntered: string | null;
  unitAsEntered: string | null;
  source: string;
  note: string | null;
  flags: string[];
  createdAt: Date;
  createdByName: string | null;
}

/**
 * The current figure of each (indicator, region, year) series: its newest version as of
 * `asOf` (default now). A series whose newest version is a retraction has no figure.
 */
export async function listObservations(actor: Actor, filter: ObservationFilter = {}) {
  authorize(actor, "plan.read");
  const conds: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.indicator) conds.push(Prisma.sql`i.code = ${filter.indicator}`);
  if (filter.region) conds.push(Prisma.sql`o."regionAdcode" = ${filter.region}`);
  if (filter.from !== undefined) conds.push(Prisma.sql`o."year" >= ${filter.from}`);
  if (filter.to !== undefined) conds.push(Prisma.sql`o."year" <= ${filter.to}`);
  if (filter.asOf) conds.push(Prisma.sql`o."publishedAt" <= ${filter.asOf}`);
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT DISTINCT ON (o."indicatorId", o."regionAdcode", o."year")
             o.id, i.code AS indicator, i.unit, o."regionAdcode", r."nameZh" AS "regionNameZh", r."nameEn" AS "regionNameEn",
             o."year", o.version, o.kind::text AS kind, o.value::text AS value, o."valueAsEntered", o."unitAsEntered",
             o.source, o.note, o.flags, o."createdAt", u.name AS "createdByName", r."sortOrder" AS "regionOrder", i.id AS "indicatorOrder"
      FROM "Observation" o
      JOIN "Indicator" i ON i.id = o."indicatorId"
      JOIN "Region" r ON r.adcode = o."regionAdcode"
      LEFT JOIN "User" u ON u.id = o."createdById"
      WHERE ${Prisma.join(conds, " AND ")}
      ORDER BY o."indicatorId", o."regionAdcode", o."year", o.version DESC
    ) cur
    WHERE cur.kind = 'value'
    ORDER BY cur."regionOrder", cur."indicatorOrder", cur."year"`;
  return rows.map((r) => ({
    id: r.id,
    indicator: r.indicator,
    region: { adcode: r.regionAdcode, nameZh: r.regionNameZh, nameEn: r.regionNameEn },
    year: r.year,
    value: Number(r.value),
    unit: r.unit,
    valueAsEntered: r.valueAsEntered,
    unitAsEntered: r.unitAsEntered,
    source: r.source,
    note: r.note,
    flags: r.flags,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdByName,
  }));
}

export type ObservationSummary = Awaited<ReturnType<typeof listObservations>>[number];
