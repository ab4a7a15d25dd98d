import "server-only";
import { listWarnings } from "@/lib/data/warnings";
import type { Warning } from "@/lib/warnings/rules";
import { prisma } from "@/lib/db";
import { getProgress, type ProgressEntry } from "@/lib/data/progress";
import { listSelectionFigures, type ReportFigure } from "@/lib/data/report-figures";
import { readerFor, requireReport } from "@/lib/data/report-access";
import { toDetail, type ReportDetail } from "@/lib/data/reports";
import { diffReportData, type ReportChanges } from "@/lib/reports/diff";
import type { Action, Actor } from "@/lib/permissions";
import type { ProgressResult } from "@/lib/progress/result-types";
import type { ReportSelection } from "@/lib/validation/report";

/** A target's status as a report shows it (the progress entry minus what reports never draw). */
export type ReportStatus = Omit<ProgressEntry, "detail" | "observations"> & {
  projection: ProgressResult["projection"];
  projectionMethod: ProgressResult["projectionMethod"];
  plannedTrajectory: ProgressResult["plannedTrajectory"];
};

interface ReportSnapshot {
  /** The moment the data is read as of (the pin, or now for a live report). */
  asOf: string;
  figures: ReportFigure[];
  truncated: boolean;
  statuses: ReportStatus[];
}

export interface ReportData extends ReportSnapshot {
  report: ReportDetail;
  live: boolean;
  generatedAt: string;
  plan: { slug: string; nameZh: string; nameEn: string } | null;
  /** Names of the selection's indicators and regions (all of them when the selection lists none). */
  indicators: { code: string; nameZh: string; nameEn: string; unit: string }[];
  regions: { adcode: string; nameZh: string; nameEn: string }[];
  /** The early warnings of the selection's targets when the report asks for them (live: the list as it stands now). */
  warnings: Warning[] | null;
}

function toStatus(e: ProgressEntry): ReportStatus {
  const { detail, observations: _observations, ...rest } = e;
  return { ...rest, projection: detail.projection, projectionMethod: detail.projectionMethod, plannedTrajectory: detail.plannedTrajectory };
}

/**
 * Figures and statuses of a selection as of a moment. Statuses come from getProgress,
 * the same evaluation the dashboard shows, filtered to the selection's indicators and
 * regions (a target is listed whatever its year: its status is the point).
 */
async function readSnapshot(reader: Actor, selection: ReportSelection, asOf: Date): Promise<ReportSnapshot> {
  const [{ figures, truncated }, progress] = await Promise.all([
    listSelectionFigures(selection, asOf),
    getProgress(reader, { planSlug: selection.plan, asOf }),
  ]);
  const indicators = new Set(selection.indicators);
  const regions = new Set(selection.regions);
  const statuses = (progress?.entries ?? [])
    .filter((e) => (indicators.size === 0 || indicators.has(e.indicator)) && (regions.size === 0 || regions.has(e.region.adcode)))
    .map(toStatus);
  return { asOf: asOf.toISOString(), figures, truncated, statuses };
}

/** The plan's live early warnings, narrowed to the selection's indicators and regions. */
async function selectionWarnings(sel: ReportSelection): Promise<Warning[]> {
  const indicators = new Set(sel.indicators);
  const regions = new Set(sel.regions);
  const { warnings } = await listWarnings({ planSlug: sel.plan });
  return warnings.filter((w) => (indicators.size === 0 || indicators.has(w.indicator)) && (regions.size === 0 || regions.has(w.region.adcode)));
}

export type ReportChangesView = ReportChanges & { pinnedAt: string; now: string };

const diffInput = (s: ReportSnapshot) => ({
  figures: s.figures.map((f) => ({ indicator: f.indicator, region: f.region.adcode, year: f.year, value: f.valueText, source: f.source, flags: f.flags })),
  statuses: s.statuses.map((e) => ({
    targetId: e.targetId,
    indicator: e.indicator,
    region: e.region.adcode,
    targetYear: e.targetYear,
    status: e.status,
    completion: e.completion,
  })),
});

/**
 * Everything a report view, share page, print page or export needs, and for a pinned
 * report (when asked) "what changed since": its figures and statuses as of the pin
 * against the live data, with both values. The report is authorized once and the pinned
 * snapshot read once for both.
 */
export async function getReportView(
  actor: Actor,
  id: number,
  opts: { action?: Extract<Action, "report.read" | "report.export">; withChanges?: boolean } = {},
): Promise<{ data: ReportData; changes: ReportChangesView | null }> {
  const row = await requireReport(actor, id, opts.action ?? "report.read");
  const report = toDetail(row);
  const now = new Date();
  const asOf = row.pinnedAt ?? now;
  const sel = report.selection;
  const reader = readerFor(actor, row);
  const [snapshot, live, plan, indicators, regions] = await Promise.all([
    readSnapshot(reader, sel, asOf),
    row.pinnedAt && opts.withChanges ? readSnapshot(reader, sel, now) : null,
    prisma.plan.findUnique({ where: { slug: sel.plan }, select: { slug: true, nameZh: true, nameEn: true } }),
    prisma.indicator.findMany({
      where: sel.indicators.length ? { code: { in: sel.indicators } } : {},
      select: { code: true, nameZh: true, nameEn: true, unit: true },
      orderBy: { id: "asc" },
    }),
    prisma.region.findMany({
      where: sel.regions.length ? { adcode: { in: sel.regions } } : {},
      select: { adcode: true, nameZh: true, nameEn: true },
      orderBy: { sortOrder: "asc" },
    }),
  ]);
  const warnings = sel.warnings && plan ? await selectionWarnings(sel) : null;
  const data: ReportData = { ...snapshot, report, live: row.pinnedAt === null, generatedAt: now.toISOString(), plan, indicators, regions, warnings };
  const changes =
    live && row.pinnedAt ? { ...diffReportData(diffInput(snapshot), diffInput(live)), pinnedAt: row.pinnedAt.toISOString(), now: now.toISOString() } : null;
  return { data, changes };
}

export async function getReportData(actor: Actor, id: number, action: Extract<Action, "report.read" | "report.export"> = "report.read"): Promise<ReportData> {
  return (await getReportView(actor, id, { action })).data;
}
