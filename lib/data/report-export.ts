import "server-only";
import ExcelJS from "exceljs";
import { getReportData, type ReportData } from "@/lib/data/report-data";
import { dictionary } from "@/lib/i18n/dictionary";
import { escapeXlsxText } from "@/lib/import/formula-escape";
import { STATUS_LABELS } from "@/lib/progress/status";
import { localName, type Locale } from "@/lib/i18n/locale";
import { buildExportRows, chinaTime, EXPORT_COLUMNS, EXPORT_HEADERS, NUMBER_COLUMNS, toCsv, type ExportRow } from "@/lib/reports/export-rows";
import { buildStatusRows, STATUS_COLUMNS, STATUS_HEADERS, type StatusRow } from "@/lib/reports/status-rows";
import type { Actor } from "@/lib/permissions";

export interface ExportFile {
  body: Uint8Array | string;
  contentType: string;
  /** ASCII file name; the report title goes in filename* (see contentDisposition). */
  fileName: string;
  title: string;
}

function figureRows(data: ReportData, locale: Locale): ExportRow[] {
  const indicators = new Map(data.indicators.map((i) => [i.code, i]));
  return buildExportRows(
    data.figures.map((f) => ({
      region: f.region,
      indicator: indicators.get(f.indicator) ?? { code: f.indicator, nameZh: f.indicatorNameZh, nameEn: f.indicatorNameEn },
      year: f.year,
      value: f.valueText,
      unit: f.unit,
      source: f.source,
      note: f.note,
      flags: f.flags,
      publishedAt: f.publishedAt,
      valueAsEntered: f.valueAsEntered,
      unitAsEntered: f.unitAsEntered,
    })),
    data.asOf,
    locale,
    dictionary[locale].flags,
    data.statuses.flatMap((s) =>
      s.basis
        ? [
            {
              indicator: s.indicator,
              regionAdcode: s.region.adcode,
              targetYear: s.targetYear,
              basisYear: s.basis.year,
              statusLabel: STATUS_LABELS[s.status]?.[locale] ?? s.status,
              completion: s.completion,
            },
          ]
        : [],
    ),
  );
}

function statusRows(data: ReportData, locale: Locale): StatusRow[] {
  return buildStatusRows(
    data.statuses.map((s) => ({
      region: s.region,
      indicator: { code: s.indicator, nameZh: s.indicatorNameZh, nameEn: s.indicatorNameEn },
      targetYear: s.targetYear,
      targetValue: s.targetValue,
      targetType: s.targetType,
      kind: s.kind,
      rate: s.rate,
      unit: s.unit,
      basis: s.basis,
      completion: s.completion,
      timeShare: s.timeShare,
      lagPp: s.lagPp,
      status: s.status,
    })),
    locale,
    dictionary[locale].targetTypes,
  );
}

const baseName = (data: ReportData) => `report-${data.report.id}-${chinaTime(data.asOf).slice(0, 10)}`;

export async function exportReportCsv(actor: Actor, id: number, locale: Locale = "zh"): Promise<ExportFile> {
  const data = await getReportData(actor, id, "report.export");
  return { body: toCsv(figureRows(data, locale), locale), contentType: "text/csv; charset=utf-8", fileName: `${baseName(data)}.csv`, title: data.report.title };
}

const SHEETS: Record<Locale, { figures: string; statuses: string; commentary: string; about: string }> = {
  zh: { figures: "数据", statuses: "目标状态", commentary: "评述与批注", about: "关于此文件" },
  en: { figures: "Figures", statuses: "Target status", commentary: "Commentary", about: "About this file" },
};

const WIDTHS: Partial<Record<string, number>> = {
  source: 44,
  note: 30,
  region_name: 14,
  indicator_name: 26,
  as_of: 26,
  published: 26,
  value_as_published: 12,
  unit_as_published: 10,
  flag_labels: 18,
  status: 12,
  target: 18,
  implied_level: 16,
};

/** Bold, shaded first row: the header of every exported sheet. */
export function headerRow(ws: ExcelJS.Worksheet) {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEF2F6" } };
}

/**
 * Sheets: the figures (the CSV's rows, values as numbers, importable again), one status
 * row per target (completion and time elapsed as percentages), the report's commentary
 * and annotations, and what the file is (plan, filters, as-of, generated at, by whom).
 * Every cell is a value: exceljs writes no formula unless asked, so text starting
 * with "=" stays text.
 */
export async function exportReportXlsx(actor: Actor, id: number, locale: Locale = "zh"): Promise<ExportFile> {
  const data = await getReportData(actor, id, "report.export");
  const t = dictionary[locale];
  const names = SHEETS[locale];
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Monitor";
  wb.title = data.report.title;
  wb.created = new Date(data.generatedAt);

  const figures = wb.addWorksheet(names.figures, { views: [{ state: "frozen", ySplit: 1 }] });
  const fh = EXPORT_HEADERS[locale];
  figures.columns = EXPORT_COLUMNS.map((c) => ({ header: fh[c], key: c, width: WIDTHS[c] ?? 12 }));
  // text cells stay strings (exceljs writes no formula unless asked); escapeXlsxText only
  // keeps apostrophe-led text exact for the importer's unescape
  for (const r of figureRows(data, locale)) {
    figures.addRow(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, NUMBER_COLUMNS.has(c) ? Number(r[c]) : escapeXlsxText(r[c])])));
  }
  figures.getColumn("value").numFmt = "#,##0.####";
  headerRow(figures);

  const statuses = wb.addWorksheet(names.statuses, { views: [{ state: "frozen", ySplit: 1 }] });
  const sh = STATUS_HEADERS[locale];
  statuses.columns = STATUS_COLUMNS.map((c) => ({ header: sh[c], key: c, width: WIDTHS[c] ?? 13 }));
  for (const r of statusRows(data, locale)) statuses.addRow(r);
  statuses.getColumn("completion").numFmt = "0.0%";
  statuses.getColumn("time_share").numFmt = "0.0%";
  statuses.getColumn("target_value").numFmt = "#,##0.##";
  statuses.getColumn("implied_level").numFmt = "#,##0.##";
  statuses.getColumn("basis_value").numFmt = "#,##0.##";
  headerRow(statuses);

  const commentary = wb.addWorksheet(names.commentary);
  const v = t.reports.view;
  commentary.columns = [
    { key: "a", width: 26 },
    { key: "b", width: 16 },
    { key: "c", width: 8 },
    { key: "d", width: 80 },
  ];
  commentary.addRow([v.commentary]).font = { bold: true };
  const text = commentary.addRow([data.report.commentary || "—"]);
  commentary.mergeCells(text.number, 1, text.number, 4);
  text.alignment = { wrapText: true, vertical: "top" };
  text.height = Math.min(400, 15 * Math.max(1, data.report.commentary.split("\n").length));
  commentary.addRow([]);
  commentary.addRow([v.annotations]).font = { bold: true };
  commentary.addRow([t.common.indicator, t.common.region, t.common.year, v.annotations]).font = { bold: true };
  const indicators = new Map(data.indicators.map((i) => [i.code, i]));
  const regions = new Map(data.regions.map((r) => [r.adcode, r]));
  for (const a of data.report.annotations) {
    const ind = indicators.get(a.indicatorCode);
    const reg = regions.get(a.regionAdcode);
    const row = commentary.addRow([ind ? localName(locale, ind) : a.indicatorCode, reg ? localName(locale, reg) : a.regionAdcode, a.year ?? "", a.body]);
    row.getCell(4).alignment = { wrapText: true, vertical: "top" };
  }

  const about = wb.addWorksheet(names.about);
  about.columns = [
    { key: "k", width: 22 },
    { key: "v", width: 90 },
  ];
  const sel = data.report.selection;
  const join = (xs: string[]) => xs.join(locale === "zh" ? "、" : ", ");
  const A = ABOUT[locale];
  about.addRows([
    { k: A.title, v: data.report.title },
    { k: A.plan, v: data.plan ? `${localName(locale, data.plan)} (${data.plan.slug})` : sel.plan },
    { k: A.asOf, v: `${chinaTime(data.asOf)}${data.live ? ` (${A.live})` : ` (${A.pinned})`}` },
    { k: A.indicators, v: sel.indicators.length ? join(data.indicators.map((i) => `${localName(locale, i)} (${i.code})`)) : v.allIndicators },
    { k: A.regions, v: sel.regions.length ? join(data.regions.map((r) => `${localName(locale, r)} (${r.adcode})`)) : v.allRegions },
    { k: A.years, v: `${sel.years.from}–${sel.years.to}` },
    { k: A.lens, v: t.reports.lenses[sel.lens] ?? sel.lens },
    { k: A.generatedAt, v: chinaTime(data.generatedAt) },
    { k: A.generatedBy, v: actor.kind === "user" ? actor.name : `${A.viaShare} (${data.report.owner.name})` },
  ]);
  about.getColumn("k").font = { bold: true };
  const body = new Uint8Array(await wb.xlsx.writeBuffer());
  return {
    body,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName: `${baseName(data)}.xlsx`,
    title: data.report.title,
  };
}

const ABOUT: Record<
  Locale,
  Record<"title" | "plan" | "asOf" | "live" | "pinned" | "indicators" | "regions" | "years" | "lens" | "generatedAt" | "generatedBy" | "viaShare", string>
> = {
  zh: {
    title: "报告",
    plan: "规划",
    asOf: "数据截至（北京时间）",
    live: "实时数据",
    pinned: "固定数据",
    indicators: "指标",
    regions: "地区",
    years: "年份",
    lens: "评估方法",
    generatedAt: "生成时间（北京时间）",
    generatedBy: "导出人",
    viaShare: "分享链接",
  },
  en: {
    title: "Report",
    plan: "Plan",
    asOf: "Data as of (China time)",
    live: "live data",
    pinned: "pinned",
    indicators: "Indicators",
    regions: "Regions",
    years: "Years",
    lens: "Lens",
    generatedAt: "Generated at (China time)",
    generatedBy: "Exported by",
    viaShare: "share link",
  },
};

/** attachment; an ASCII fallback name plus the report title in RFC 5987 form. */
export function contentDisposition(file: { fileName: string; title: string }): string {
  const ext = file.fileName.slice(file.fileName.lastIndexOf("."));
  const safeTitle = file.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120);
  return `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(safeTitle + ext)}`;
}
