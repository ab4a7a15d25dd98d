// Early warnings as table rows (the /warnings page's CSV and XLSX exports) and the page's
// filters. Pure.

import { dictionary } from "@/lib/i18n/dictionary";
import { escapeCsvText } from "@/lib/import/formula-escape";
import type { Locale } from "@/lib/i18n/locale";
import type { Warning, WarningKind } from "./rules";

export interface WarningFilter {
  kind?: WarningKind;
  /** Region adcode. */
  region?: string;
}

/** The warnings matching every filter given. */
export function filterWarnings(warnings: readonly Warning[], f: WarningFilter): Warning[] {
  return warnings.filter((w) => (!f.kind || w.kind === f.kind) && (!f.region || w.region.adcode === f.region));
}

const COLUMNS = ["kind", "indicator", "region", "target_year", "target_value", "status", "lead_unit", "sentence", "trend"] as const;
type Column = (typeof COLUMNS)[number];

const HEADERS: Record<Locale, Record<Column, string>> = {
  zh: {
    kind: "预警类型",
    indicator: "指标",
    region: "地区",
    target_year: "目标年",
    target_value: "目标值",
    status: "状态",
    lead_unit: "牵头单位",
    sentence: "依据",
    trend: "近年走势",
  },
  en: {
    kind: "Kind",
    indicator: "Indicator",
    region: "Region",
    target_year: "Target year",
    target_value: "Target value",
    status: "Status",
    lead_unit: "Lead unit",
    sentence: "Why",
    trend: "Recent values",
  },
};

export type WarningRow = Record<Column, string | number>;

/** One row per warning, in the reader's language; the trend as "2022: 140; 2024: 150". */
export function warningRows(warnings: readonly Warning[], locale: Locale): { headers: string[]; keys: readonly Column[]; rows: WarningRow[] } {
  const L = locale === "zh";
  const rows = warnings.map((w) => ({
    kind: dictionary[locale].rounds.warnings.kinds[w.kind],
    indicator: L ? w.indicatorNameZh : w.indicatorNameEn,
    region: L ? w.region.nameZh : w.region.nameEn,
    target_year: w.targetYear,
    target_value: w.targetValue,
    status: w.status,
    lead_unit: w.leadUnit ? (L ? w.leadUnit.nameZh : w.leadUnit.nameEn) : "",
    sentence: w.sentence[locale],
    trend: w.trend.map((p) => `${p.year}: ${p.value}`).join("; "),
  }));
  return { headers: COLUMNS.map((c) => HEADERS[locale][c]), keys: COLUMNS, rows };
}

const csvCell = (text: string) => (/[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** RFC 4180 CSV with a UTF-8 BOM and CRLF (Excel and WPS read the Chinese correctly), text cells made inert. */
export function warningsCsv(warnings: readonly Warning[], locale: Locale): string {
  const { headers, keys, rows } = warningRows(warnings, locale);
  const lines = [
    headers.map(csvCell).join(","),
    ...rows.map((r) => keys.map((k) => csvCell(typeof r[k] === "number" ? String(r[k]) : escapeCsvText(String(r[k])))).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
