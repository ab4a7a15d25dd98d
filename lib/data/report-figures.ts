import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportSelection } from "@/lib/validation/report";

/** A report never carries more figures than this; `truncated` says when it would have. */
export const MAX_REPORT_FIGURES = 20_000;

export interface ReportFigure {
  indicator: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  /** The indicator's unit: `value` is in it. */
  unit: string;
  region: { adcode: string; nameZh: string; nameEn: string };
  /** Statistical year. */
  year: number;
  value: number;
  /** The stored decimal, exactly (exports use it, so they round-trip). */
  valueText: string;
  source: string;
  note: string | null;
  flags: string[];
  version: number;
  recordedAt: string;
  publishedAt: string;
  /** The value and unit as the source printed them, when they differ from the stored form. */
  valueAsEntered: string | null;
  unitAsEntered: string | null;
}

interface Row {
  indicator: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  unit: string;
  regionAdcode: string;
  regionNameZh: string;
  regionNameEn: string;
  year: number;
  version: number;
  value: string;
  source: string;
  note: string | null;
  flags: string[];
  createdAt: Date;
  publishedAt: Date;
  valueAsEntered: string | null;
  unitAsEntered: string | null;
}

/**
 * The current figure of every (indicator, region, year) in a report's selection as the
 * data stood at `asOf`: the newest version created by then, unless that version is a
 * retraction. Called only after the report itself has been authorized (lib/data/report-data.ts).
 */
export async function listSelectionFigures(selection: ReportSelection, asOf: Date): Promise<{ figures: ReportFigure[]; truncated: boolean }> {
  const conds: Prisma.Sql[] = [Prisma.sql`o."publishedAt" <= ${asOf}`, Prisma.sql`o."year" BETWEEN ${selection.years.from} AND ${selection.years.to}`];
  if (selection.indicators.length) conds.push(Prisma.sql`i.code = ANY(${selection.indicators}::text[])`);
  if (selection.regions.length) conds.push(Prisma.sql`o."regionAdcode" = ANY(${selection.regions}::text[])`);
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT cur.* FROM (
      SELECT DISTINCT ON (o."indicatorId", o."regionAdcode", o."year")
             i.code AS indicator, i."nameZh" AS "indicatorNameZh", i."nameEn" AS "indicatorNameEn", i.unit,
             o."regionAdcode", r."nameZh" AS "regionNameZh", r."nameEn" AS "regionNameEn", r."sortOrder" AS "regionOrder",
             i.id AS "indicatorOrder", o."year", o.version, o.kind::text AS kind, o.value::text AS value, o.source, o.note, o.flags, o."createdAt",
             o."publishedAt", o."valueAsEntered", o."unitAsEntered"
      FROM "Observation" o
      JOIN "Indicator" i ON i.id = o."indicatorId"
      JOIN "Region" r ON r.adcode = o."regionAdcode"
      WHERE ${Prisma.join(conds, " AND ")}
      ORDER BY o."indicatorId", o."regionAdcode", o."year", o.version DESC
    ) cur
    WHERE cur.kind = 'value'
    ORDER BY cur."indicatorOrder", cur."regionOrder", cur."regionAdcode", cur."year"
    LIMIT ${MAX_REPORT_FIGURES + 1}`;
  const figures = rows.slice(0, MAX_REPORT_FIGURES).map(
    (r): ReportFigure => ({
      indicator: r.indicator,
      indicatorNameZh: r.indicatorNameZh,
      indicatorNameEn: r.indicatorNameEn,
      unit: r.unit,
      region: { adcode: r.regionAdcode, nameZh: r.regionNameZh, nameEn: r.regionNameEn },
      year: r.year,
      value: Number(r.value),
      valueText: r.value,
      source: r.source,
      note: r.note,
      flags: r.flags,
      version: r.version,
      recordedAt: r.createdAt.toISOString(),
      publishedAt: r.publishedAt.toISOString(),
      valueAsEntered: r.valueAsEntered,
      unitAsEntered: r.unitAsEntered,
    }),
  );
  return { figures, truncated: rows.length > MAX_REPORT_FIGURES };
}
