import "server-only";
import { listCurrentObservations } from "@/lib/data/current-observations";
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

/**
 * The current figure of every (indicator, region, year) in a report's selection as the
 * data stood at `asOf`: the newest version created by then, unless that version is a
 * retraction. Called only after the report itself has been authorized (lib/data/report-data.ts).
 */
export async function listSelectionFigures(selection: ReportSelection, asOf: Date): Promise<{ figures: ReportFigure[]; truncated: boolean }> {
  const where: Prisma.Sql[] = [Prisma.sql`c."year" BETWEEN ${selection.years.from} AND ${selection.years.to}`];
  if (selection.indicators.length) where.push(Prisma.sql`c."indicatorId" IN (SELECT id FROM "Indicator" WHERE code = ANY(${selection.indicators}::text[]))`);
  if (selection.regions.length) where.push(Prisma.sql`c."regionAdcode" = ANY(${selection.regions}::text[])`);
  const rows = await listCurrentObservations({ asOf, where, order: "indicator", limit: MAX_REPORT_FIGURES + 1 });
  const figures = rows.slice(0, MAX_REPORT_FIGURES).map((r): ReportFigure => ({
    indicator: r.indicator.code,
    indicatorNameZh: r.indicator.nameZh,
    indicatorNameEn: r.indicator.nameEn,
    unit: r.indicator.unit,
    region: r.region,
    year: r.year,
    value: Number(r.value),
    valueText: r.valueText!,
    source: r.source,
    note: r.note,
    flags: r.flags,
    version: r.version,
    recordedAt: r.createdAt.toISOString(),
    publishedAt: r.publishedAt.toISOString(),
    valueAsEntered: r.valueAsEntered,
    unitAsEntered: r.unitAsEntered,
  }));
  return { figures, truncated: rows.length > MAX_REPORT_FIGURES };
}
