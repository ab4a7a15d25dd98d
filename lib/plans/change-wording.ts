// The 年均增长/累计 column of a plan's indicator table, worded as Chinese plans print it:
// "年均增长6%左右", "累计降低13.5%", "累计新增…". Level targets have nothing there ("—").
// Pure; figures go through the one formatter (lib/format.ts).

import { formatNumber, formatValue } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { TargetKind, TargetType } from "@/lib/progress/types";

export interface ChangeTarget {
  kind: TargetKind;
  type: TargetType;
  /** growth_rate / reduction: percent (6 = 6 %/yr; 13.5 = a 13.5 % fall). */
  rate: number | null;
  /** cumulative: the sum over the period, in `unit`. */
  value: number;
  unit: string;
}

const pct = (v: number, locale: Locale) => `${formatNumber(v, locale, 2)}%`;

/**
 * min reads "…以上" / "at least", approx "…左右" / "about", max "不超过…" / "at most";
 * a reduction floor (min) is printed bare, "累计降低13.5%", as plans print binding cuts.
 * A negative growth rate reads as a fall ("年均下降2%左右"). Null when there is nothing to
 * say (a level target, or a rate target without its rate).
 */
export function changeWording(t: ChangeTarget, locale: Locale): string | null {
  const zh = locale === "zh";
  if (t.kind === "growth_rate" && t.rate !== null) {
    const fall = t.rate < 0;
    const r = pct(Math.abs(t.rate), locale);
    if (zh) return bound(fall ? "年均下降" : "年均增长", r, t.type, "zh");
    return `average annual ${fall ? "fall" : "growth"} of ${bound("", r, t.type, "en")}`;
  }
  if (t.kind === "reduction" && t.rate !== null) {
    const r = pct(t.rate, locale);
    if (zh) return t.type === "min" ? `累计降低${r}` : bound("累计降低", r, t.type, "zh");
    return `cumulative fall of ${t.type === "min" ? r : bound("", r, t.type, "en")}`;
  }
  if (t.kind === "cumulative") {
    const v = formatValue(t.value, t.unit, locale);
    if (zh) return bound("累计", v, t.type, "zh");
    return `cumulative total of ${bound("", v, t.type, "en")}`;
  }
  return null;
}

function bound(prefix: string, figure: string, type: TargetType, locale: Locale): string {
  if (locale === "zh") {
    if (type === "max") return `${prefix}不超过${figure}`;
    return `${prefix}${figure}${type === "min" ? "以上" : "左右"}`;
  }
  const word = type === "max" ? "at most" : type === "min" ? "at least" : "about";
  return `${prefix}${word} ${figure}`;
}
