// How exports and report tables state a target: by what the plan set. A growth_rate target
// is its rate ("年均增长 ≥6%" / "≥ 6 % a year"), a reduction its fall ("降低 ≥13.5%" /
// "a fall of ≥ 13.5 %"); the level such a target implies in year T (v_b·(1+r)^(T−b),
// v_b·(1−x)) is derived, never the plan's own figure, and is shown only as "implied".
// Level and cumulative targets are their value.
import { formatValue } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { formatPlainNumber } from "@/lib/progress/format";

export interface TargetTerms {
  kind?: string | null;
  /** min / max / approx; for a reduction it bounds the fall (at least x % lower) */
  targetType: string;
  /** percent: 6 = 6 %/yr (growth_rate), 13.5 = a 13.5 % fall (reduction) */
  rate?: number | null;
  /** the level in year T: the plan's value, or the implied level of a rate target */
  targetValue: number;
  unit: string;
}

export const isRateKind = (t: Pick<TargetTerms, "kind">) => t.kind === "growth_rate" || t.kind === "reduction";

const SIGN: Record<string, string> = { min: "≥", max: "≤", approx: "≈" };

/** The target as the plan set it, in the reader's language. */
export function statedTarget(t: TargetTerms, locale: Locale): string {
  const sign = SIGN[t.targetType] ?? "";
  const approx = t.targetType === "approx";
  if (isRateKind(t) && t.rate !== null && t.rate !== undefined) {
    const r = formatPlainNumber(t.rate);
    if (t.kind === "growth_rate") {
      if (locale === "zh") return approx ? `年均增长 ${r}%左右` : `年均增长 ${sign}${r}%`;
      return approx ? `about ${r} % a year` : `${sign} ${r} % a year`;
    }
    if (locale === "zh") return approx ? `降低 ${r}%左右` : `降低 ${sign}${r}%`;
    return approx ? `a fall of about ${r} %` : `a fall of ${sign} ${r} %`;
  }
  const v = formatValue(t.targetValue, t.unit, locale);
  if (t.kind === "cumulative") return locale === "zh" ? `累计 ${sign}${v}` : `cumulative ${sign} ${v}`;
  return locale === "zh" ? `${sign}${v}` : `${sign} ${v}`;
}

/** "隐含水平 100,412.43 亿元" for a rate target; null for the others (their value is the target). */
export function impliedLevelText(t: TargetTerms, locale: Locale): string | null {
  if (!isRateKind(t)) return null;
  const v = formatValue(t.targetValue, t.unit, locale);
  return locale === "zh" ? `隐含水平 ${v}（推算）` : `implied level ${v} (derived)`;
}
