import "server-only";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { indicatorCodeIn, indicatorCodeIs, listCurrentObservations } from "@/lib/data/current-observations";
import { Prisma } from "@/lib/generated/prisma/client";

export interface ObservationFilter {
  /** An indicator code, or several (any of them). */
  indicator?: string | readonly string[];
  /** An adcode, or several (any of them). */
  region?: string | readonly string[];
  from?: number;
  to?: number;
  /** The data as it stood at this moment: versions created later are ignored. */
  asOf?: Date;
}

/**
 * The current figure of each (indicator, region, year) series: its newest version as of
 * `asOf` (default now). A series whose newest version is a retraction has no figure.
 */
export async function listObservations(actor: Actor, filter: ObservationFilter = {}) {
  authorize(actor, "plan.read");
  const where: Prisma.Sql[] = [];
  if (typeof filter.indicator === "string") where.push(indicatorCodeIs(filter.indicator));
  else if (filter.indicator) where.push(indicatorCodeIn(filter.indicator));
  if (typeof filter.region === "string") where.push(Prisma.sql`c."regionAdcode" = ${filter.region}`);
  else if (filter.region) where.push(Prisma.sql`c."regionAdcode" = ANY(${[...filter.region]}::text[])`);
  if (filter.from !== undefined) where.push(Prisma.sql`c."year" >= ${filter.from}`);
  if (filter.to !== undefined) where.push(Prisma.sql`c."year" <= ${filter.to}`);
  const rows = await listCurrentObservations({ asOf: filter.asOf, where, order: "region" });
  return rows.map((r) => ({
    id: r.id,
    indicator: r.indicator.code,
    region: r.region,
    year: r.year,
    value: Number(r.value),
    unit: r.indicator.unit,
    valueAsEntered: r.valueAsEntered,
    unitAsEntered: r.unitAsEntered,
    source: r.source,
    note: r.note,
    flags: r.flags,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
  }));
}

export type ObservationSummary = Awaited<ReturnType<typeof listObservations>>[number];
