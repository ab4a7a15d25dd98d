import "server-only";
import { buildReportDocx } from "@/lib/docx/build";
import { groupSections, statusCounts, toDocWarning, type DocEntryInput } from "@/lib/docx/rows";
import { listGoalAreas } from "@/lib/data/goal-areas";
import { getReportData } from "@/lib/data/report-data";
import { listWarnings } from "@/lib/data/warnings";
import { renderDocxCharts } from "@/lib/data/docx-charts";
import { printTarget } from "@/lib/data/report-render";
import type { ExportFile } from "@/lib/data/report-export";
import { listTargetUnitNames } from "@/lib/data/target-unit-names";
import { formatDateTime } from "@/lib/format";
import { localName, type Locale } from "@/lib/i18n/locale";
import { reportDocxStrings } from "@/lib/i18n/strings/report-docx";
import type { Actor } from "@/lib/permissions";
import { chinaTime } from "@/lib/reports/export-rows";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * A saved report as an editable Word document: its statuses grouped by the plan's goal
 * areas, with responsible units, charts (when chromium can draw them), commentary,
 * annotations and the targets off track or at risk. Authorizes report.export.
 */
export async function exportReportDocx(actor: Actor, id: number, locale: Locale, opts: { shareToken?: string } = {}): Promise<ExportFile> {
  const data = await getReportData(actor, id, "report.export");
  const s = reportDocxStrings[locale];
  const [areas, units, charts] = await Promise.all([
    data.plan ? listGoalAreas(data.plan.slug) : Promise.resolve([]),
    listTargetUnitNames(data.statuses.map((e) => e.targetId)),
    renderDocxCharts(printTarget(actor, id, opts.shareToken), locale, { reportId: id }),
  ]);
  const inputs: DocEntryInput[] = data.statuses.map((e) => ({
    entry: e,
    indicator: { nameZh: e.indicatorNameZh, nameEn: e.indicatorNameEn, unit: e.unit },
    region: e.region,
    units: units.get(e.targetId) ?? [],
  }));
  // the report's own warnings block when it has one, else the live list narrowed to its targets
  const ids = new Set(data.statuses.map((e) => e.targetId));
  const warnings = data.warnings ?? (data.plan ? (await listWarnings({ planSlug: data.plan.slug })).warnings.filter((w) => ids.has(w.targetId)) : []);
  const indicators = new Map(data.indicators.map((i) => [i.code, i]));
  const regions = new Map(data.regions.map((r) => [r.adcode, r]));
  const body = await buildReportDocx({
    language: locale,
    title: data.report.title,
    planName: data.plan ? localName(locale, data.plan) : data.report.selection.plan,
    asOf: formatDateTime(data.asOf, locale),
    generatedAt: formatDateTime(data.generatedAt, locale),
    summary: statusCounts(inputs.map((x) => x.entry)),
    sections: groupSections(inputs, areas, locale, s.otherArea),
    commentary: data.report.commentary,
    annotations: data.report.annotations.map((a) => {
      const ind = indicators.get(a.indicatorCode);
      const reg = regions.get(a.regionAdcode);
      return { indicator: ind ? localName(locale, ind) : a.indicatorCode, region: reg ? localName(locale, reg) : a.regionAdcode, year: a.year, body: a.body };
    }),
    warnings: warnings.map((w) => toDocWarning(w, locale)),
    charts: charts.charts,
    chartsUnavailable: charts.unavailable,
  });
  return {
    body: new Uint8Array(body),
    contentType: DOCX_CONTENT_TYPE,
    fileName: `report-${data.report.id}-${chinaTime(data.asOf).slice(0, 10)}.docx`,
    title: data.report.title,
  };
}
