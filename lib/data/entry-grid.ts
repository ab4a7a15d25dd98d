import "server-only";
import { prisma } from "@/lib/db";
import { planQuery } from "@/lib/data/plan-selection";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { acceptedUnitsFor } from "@/lib/units/unit-registry";
import { toNumber } from "@/lib/data/decimal";
import { listCurrentObservations } from "@/lib/data/current-observations";
import { Prisma } from "@/lib/generated/prisma/client";
import { pendingSubmissionsByCell } from "@/lib/data/submission-list";

const DEFAULT_ENTRY_INDICATOR = "urban_population";

/** The current version of every cell, retractions included (a retracted cell is edited on top of its retraction). */
async function currentCells(indicatorId: number, from: number, to: number) {
  const rows = await listCurrentObservations({
    retractions: true,
    where: [Prisma.sql`c."indicatorId" = ${indicatorId}`, Prisma.sql`c.year BETWEEN ${from} AND ${to}`],
  });
  return rows.map((r) => ({
    id: r.id,
    regionAdcode: r.region.adcode,
    year: r.year,
    version: r.version,
    kind: r.kind,
    value: r.value,
    valueAsEntered: r.valueAsEntered,
    unitAsEntered: r.unitAsEntered,
    source: r.source,
    note: r.note,
    flags: r.flags,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
  }));
}

export type EntryCell = Awaited<ReturnType<typeof currentCells>>[number];

/**
 * The entry grid of one indicator: regions (those with a target or any observation for
 * it, plus any the analyst added) × years (the plan's base year to this year), each cell
 * its current version. Values in the indicator's unit.
 */
export async function getEntryGrid(actor: Actor, opts: { indicator?: string; extraRegions?: string[]; now?: Date; plan?: string }) {
  authorize(actor, "plan.read");
  const indicators = await prisma.indicator.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, nameZh: true, nameEn: true, unit: true } });
  const indicator = indicators.find((i) => i.code === opts.indicator) ?? indicators.find((i) => i.code === DEFAULT_ENTRY_INDICATOR) ?? indicators[0];
  if (!indicator) return null;
  // the years start at the chosen plan's base year (header switcher), else the default plan's
  const plan = await prisma.plan.findFirst({ ...planQuery(opts.plan), select: { baseYear: true } });
  const firstYear = plan?.baseYear ?? 2014;
  const lastYear = (opts.now ?? new Date()).getFullYear();
  const [targets, observed, allRegions, cells, pending] = await Promise.all([
    prisma.target.findMany({
      where: { indicatorId: indicator.id },
      select: { regionAdcode: true, year: true, value: true, type: true },
      orderBy: { year: "asc" },
    }),
    prisma.observation.findMany({ where: { indicatorId: indicator.id }, distinct: ["regionAdcode"], select: { regionAdcode: true } }),
    prisma.region.findMany({ orderBy: { sortOrder: "asc" }, select: { adcode: true, nameZh: true, nameEn: true } }),
    currentCells(indicator.id, firstYear, lastYear),
    pendingSubmissionsByCell(actor, { indicatorId: indicator.id }),
  ]);
  const shown = new Set([...targets.map((t) => t.regionAdcode), ...observed.map((o) => o.regionAdcode), ...(opts.extraRegions ?? [])]);
  const byRegion = new Map<string, Map<number, EntryCell>>();
  for (const c of cells) byRegion.set(c.regionAdcode, (byRegion.get(c.regionAdcode) ?? new Map<number, EntryCell>()).set(c.year, c));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  return {
    indicators: indicators.map(({ code, nameZh, nameEn, unit }) => ({ code, nameZh, nameEn, unit })),
    indicator: {
      code: indicator.code,
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      unit: indicator.unit,
      acceptedUnits: acceptedUnitsFor(indicator.unit),
    },
    years,
    rows: allRegions
      .filter((r) => shown.has(r.adcode))
      .map((r) => ({
        region: r,
        targets: targets.filter((t) => t.regionAdcode === r.adcode).map((t) => ({ year: t.year, value: toNumber(t.value), type: t.type })),
        cells: years.map((y) => byRegion.get(r.adcode)?.get(y) ?? null),
        /** a submitted figure awaiting review per year (in the indicator's unit), else null: marked, never counted */
        pending: years.map((y) => pending.get(`${indicator.id}:${r.adcode}:${y}`)?.value ?? null),
      })),
    /** regions not in the grid yet, for "add a region" */
    otherRegions: allRegions.filter((r) => !shown.has(r.adcode)),
  };
}

export type EntryGrid = NonNullable<Awaited<ReturnType<typeof getEntryGrid>>>;
