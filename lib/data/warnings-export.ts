import "server-only";
import ExcelJS from "exceljs";
import { escapeXlsxText } from "@/lib/import/formula-escape";
import type { Locale } from "@/lib/i18n/locale";
import type { ExportFile } from "@/lib/data/report-export";
import type { WarningsAnswer } from "@/lib/data/warnings";
import type { Warning } from "@/lib/warnings/rules";
import { warningRows, warningsCsv } from "@/lib/warnings/export-rows";

// The early-warning list as a file: CSV or XLSX, in the reader's language.

const baseName = (a: WarningsAnswer) => `warnings-${a.plan}${a.roundId !== null ? `-round-${a.roundId}` : ""}-${a.asOf.slice(0, 10)}`;
const title = (a: WarningsAnswer, locale: Locale) => (locale === "zh" ? `预警清单 ${a.plan}` : `Early warnings ${a.plan}`);

export function warningsCsvFile(a: WarningsAnswer, warnings: readonly Warning[], locale: Locale): ExportFile {
  return { body: warningsCsv(warnings, locale), contentType: "text/csv; charset=utf-8", fileName: `${baseName(a)}.csv`, title: title(a, locale) };
}

/** One sheet, a row per warning; every cell a value (exceljs writes no formula unless asked). */
export async function warningsXlsxFile(a: WarningsAnswer, warnings: readonly Warning[], locale: Locale): Promise<ExportFile> {
  const { headers, keys, rows } = warningRows(warnings, locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Monitor";
  const ws = wb.addWorksheet(locale === "zh" ? "预警" : "Warnings", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = keys.map((k, i) => ({ header: headers[i], key: k, width: k === "sentence" ? 70 : k === "trend" ? 36 : 14 }));
  for (const r of rows) ws.addRow(Object.fromEntries(keys.map((k) => [k, typeof r[k] === "number" ? r[k] : escapeXlsxText(String(r[k]))])));
  ws.getRow(1).font = { bold: true };
  return {
    body: new Uint8Array(await wb.xlsx.writeBuffer()),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName: `${baseName(a)}.xlsx`,
    title: title(a, locale),
  };
}
