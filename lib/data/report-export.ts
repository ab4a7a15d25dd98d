import "server-only";
import ExcelJS from "exceljs";
import { getReportData, type ReportData } from "@/lib/data/report-data";
import { escapeXlsxText } from "@/lib/import/formula-escape";
import { buildExportRows, EXPORT_COLUMNS, NUMBER_COLUMNS, toCsv, type ExportRow } from "@/lib/reports/export-rows";
import type { Actor } from "@/lib/permissions";

export interface ExportFile {
  body: Uint8Array | string;
  contentType: string;
  /** ASCII file name; the report title goes in filename* (see contentDisposition). */
  fileName: string;
  title: string;
}

function rowsOf(data: ReportData): ExportRow[] {
  return buildExportRows(
    data.figures.map((f) => ({ regionAdcode: f.region.adcode, indicator: f.indicator, year: f.year, value: f.valueText, unit: f.unit, source: f.source, note: f.note, flags: f.flags })),
    data.statuses.map((s) => ({ indicator: s.indicator, regionAdcode: s.region.adcode, targetYear: s.targetYear, status: s.status, completion: s.completion })),
    data.asOf,
  );
}

const baseName = (data: ReportData) => `report-${data.report.id}-${data.asOf.slice(0, 10)}`;

export async function exportReportCsv(actor: Actor, id: number): Promise<ExportFile> {
  const data = await getReportData(actor, id, "report.export");
  return { body: toCsv(rowsOf(data)), contentType: "text/csv; charset=utf-8", fileName: `${baseName(data)}.csv`, title: data.report.title };
}

/**
 * The same rows as the CSV on the first sheet (so the file can be imported too), with
 * values as numbers; a second sheet lists the statuses, a third what the file is.
 * Every cell is a value: exceljs writes a string as a string cell (never a formula
 * unless given {formula}), so text starting with "=" stays inert text; escapeXlsxText
 * only keeps apostrophe-led text exact for the importer's unescape.
 */
export async function exportReportXlsx(actor: Actor, id: number): Promise<ExportFile> {
  const data = await getReportData(actor, id, "report.export");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Monitor";
  wb.created = new Date(data.generatedAt);
  const figures = wb.addWorksheet("figures", { views: [{ state: "frozen", ySplit: 1 }] });
  figures.columns = EXPORT_COLUMNS.map((c) => ({ header: c, key: c, width: c === "source" || c === "note" ? 40 : 14 }));
  for (const r of rowsOf(data)) {
    const cells = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, NUMBER_COLUMNS.has(c) ? Number(r[c]) : escapeXlsxText(r[c])]));
    figures.addRow(cells);
  }
  figures.getRow(1).font = { bold: true };

  const statuses = wb.addWorksheet("statuses", { views: [{ state: "frozen", ySplit: 1 }] });
  statuses.columns = ["region", "indicator", "target_year", "target_value", "target_type", "unit", "latest_year", "latest_value", "basis_year", "basis_value", "completion", "time_share", "lag_pp", "status", "as_of"].map((c) => ({ header: c, key: c, width: 14 }));
  for (const s of data.statuses) {
    statuses.addRow({
      region: s.region.adcode,
      indicator: s.indicator,
      target_year: s.targetYear,
      target_value: s.targetValue,
      target_type: s.targetType,
      unit: s.unit,
      latest_year: s.latest?.year ?? null,
      latest_value: s.latest?.value ?? null,
      // the figure the status rests on (after the target year: the judged year's, not the newest)
      basis_year: s.basis?.year ?? null,
      basis_value: s.basis?.value ?? null,
      completion: s.completion,
      time_share: s.timeShare,
      lag_pp: s.lagPp,
      status: s.status,
      as_of: data.asOf,
    });
  }
  statuses.getRow(1).font = { bold: true };

  const about = wb.addWorksheet("about");
  about.columns = [{ key: "k", width: 16 }, { key: "v", width: 80 }];
  const sel = data.report.selection;
  about.addRows([
    { k: "title", v: data.report.title },
    { k: "plan", v: data.plan ? `${data.plan.nameZh} (${data.plan.slug})` : sel.plan },
    { k: "as_of", v: data.asOf },
    { k: "pinned", v: data.live ? "no (live data)" : "yes" },
    { k: "indicators", v: sel.indicators.join(", ") || "all" },
    { k: "regions", v: sel.regions.join(", ") || "all" },
    { k: "years", v: `${sel.years.from}–${sel.years.to}` },
    { k: "generated_at", v: data.generatedAt },
  ]);
  const body = new Uint8Array(await wb.xlsx.writeBuffer());
  return { body, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName: `${baseName(data)}.xlsx`, title: data.report.title };
}

/** attachment; an ASCII fallback name plus the report title in RFC 5987 form. */
export function contentDisposition(file: { fileName: string; title: string }): string {
  const ext = file.fileName.slice(file.fileName.lastIndexOf("."));
  const safeTitle = file.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120);
  return `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(safeTitle + ext)}`;
}
