import type { ReportStatus } from "@/lib/data/report-data";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatNumber, formatValue } from "@/lib/format";
import type { Lens } from "@/lib/validation/report";
import { formatCompletion } from "@/lib/progress/format";

/** The reading of the report's chosen lens for one target ("—" when it cannot be computed). */
export function lensValue(s: ReportStatus, lens: Lens, t: Dictionary, locale: Locale): string {
  const cat = (c: string) => t.reports.lensCategories[c] ?? c;
  switch (lens) {
    case "schedule":
      return s.lagPp === null ? "—" : `${formatNumber(s.lagPp, locale, 1)} ${locale === "zh" ? "个百分点" : "pp"}`;
    case "unsd":
      return s.lenses.unsd ? `${cat(s.lenses.unsd.category)} (r = ${formatNumber(s.lenses.unsd.ratio, locale, 2)})` : "—";
    case "statcan":
      return s.lenses.statcan ? `${cat(s.lenses.statcan.category)} (R = ${formatNumber(s.lenses.statcan.ratio, locale, 2)})` : "—";
    case "escap":
      return s.lenses.escap ? `CS = ${formatNumber(s.lenses.escap.score, locale, 1)}` : "—";
    case "linear":
      return s.lenses.linear ? `${s.targetYear}: ${formatValue(s.lenses.linear.projectedAtTarget, s.unit, locale)}` : "—";
  }
}

/** Completion and time share: the one formatter every view uses (lib/progress/format.ts). */
export const percent = (x: number | null, _locale?: Locale) => formatCompletion(x);
