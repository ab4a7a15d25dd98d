// The one formatter for numbers, units and dates shown to people.
import type { Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/units/format";

export { formatUnit };

const intl = (l: Locale) => (l === "zh" ? "zh-CN" : "en-GB");

/** Up to `maxDigits` decimals, no trailing zeros, grouped thousands. NaN/null → "—". */
export function formatNumber(value: number | null | undefined, locale: Locale, maxDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(intl(locale), { maximumFractionDigits: maxDigits }).format(value);
}

/** "161.97 万人" / "161.97 10k persons"; percent sticks to the number. */
export function formatValue(value: number | null | undefined, unit: string, locale: Locale, maxDigits = 2): string {
  const n = formatNumber(value, locale, maxDigits);
  if (n === "—") return n;
  if (unit === "%") return `${n}%`;
  return `${n} ${formatUnit(unit, locale)}`;
}

export function formatDate(iso: string | Date, locale: Locale): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  return new Intl.DateTimeFormat(intl(locale), { year: "numeric", month: "long", day: "numeric", timeZone: "Asia/Shanghai" }).format(d);
}

export function formatDateTime(iso: string | Date, locale: Locale): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  return new Intl.DateTimeFormat(intl(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(d);
}
