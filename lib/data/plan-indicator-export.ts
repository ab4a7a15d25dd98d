import "server-only";
import ExcelJS from "exceljs";
import { getPlanIndicatorTable } from "@/lib/data/plan-indicator-table";
import { headerRow, type ExportFile } from "@/lib/data/report-export";
import { dictionary } from "@/lib/i18n/dictionary";
import { escapeXlsxText } from "@/lib/import/formula-escape";
import type { Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/format";
import { changeWording } from "@/lib/plans/change-wording";
import { STATUS_LABELS } from "@/lib/progress/status";
import { plansStrings } from "@/lib/i18n/strings/plans";
import type { Actor } from "@/lib/permissions";

const COLUMNS = [
  ["group", 18],
  ["indicator", 26],
  ["region", 14],
  ["unit", 10],
  ["baselineYear", 10],
  ["baseline", 12],
  ["targetYear", 10],
  ["target", 12],
  ["targetType", 12],
  ["change", 26],
  ["attribute", 10],
  ["latestYear", 10],
  ["latest", 12],
  ["status", 12],
  ["completion", 10],
] as const;

type Column = (typeof COLUMNS)[number][0];

/**
 * A plan's 主要指标 table as an XLSX workbook in the reader's language: one sheet named
 * for the table, headers in that language, figures as numbers (with number formats, not
 * text), completion as a fraction formatted as a percentage. The same rows as the page
 * (lib/data/plan-indicator-table.ts). Null when there is no such plan.
 */
export async function exportPlanIndicatorTable(actor: Actor, slug: string, locale: Locale, asOf?: Date): Promise<ExportFile | null> {
  const table = await getPlanIndicatorTable(actor, slug, asOf);
  if (!table) return null;
  const s = plansStrings[locale].table;
  const a = plansStrings[locale].attribute;
  const t = dictionary[locale];
  const L = locale === "zh";
  const headers: Record<Column, string> = s;
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Monitor";
  wb.title = L ? table.plan.nameZh : table.plan.nameEn;
  const ws = wb.addWorksheet(s.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = COLUMNS.map(([key, width]) => ({ header: headers[key], key, width }));
  for (const g of table.groups) {
    for (const r of g.rows) {
      const row: Record<Column, string | number | null> = {
        group: g.title ? (L ? g.title.zh : g.title.en) : s.otherGoals,
        indicator: L ? r.indicatorNameZh : r.indicatorNameEn,
        region: L ? r.region.nameZh : r.region.nameEn,
        unit: formatUnit(r.unit, locale),
        baselineYear: r.baseline?.year ?? null,
        baseline: r.baseline?.value ?? null,
        targetYear: r.targetYear,
        target: r.targetValue,
        targetType: t.targetTypes[r.targetType] ?? r.targetType,
        change: changeWording({ kind: r.kind, type: r.targetType, rate: r.rate, value: r.targetValue, unit: r.unit }, locale) ?? "",
        attribute: r.attribute ? a[r.attribute] : "",
        latestYear: r.latest?.year ?? null,
        latest: r.latest?.value ?? null,
        status: STATUS_LABELS[r.status]?.[locale] ?? r.status,
        completion: r.completion,
      };
      ws.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? escapeXlsxText(v) : v])));
    }
  }
  for (const key of ["baseline", "target", "latest"] as const) ws.getColumn(key).numFmt = "#,##0.####";
  ws.getColumn("completion").numFmt = "0.0%";
  headerRow(ws);
  const body = new Uint8Array(await wb.xlsx.writeBuffer());
  return {
    body,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName: `${slug}-indicators-${table.asOf.slice(0, 10)}.xlsx`,
    title: `${L ? table.plan.nameZh : table.plan.nameEn} ${s.title}`,
  };
}
