// The one formatter for numbers, units and dates shown to people.
import type { Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/units/format";
import { scaleForEnglish } from "@/lib/units/phrasing";
import { parseUnit } from "@/lib/units/unit-registry";

export { formatUnit };

const intl = (l: Locale) => (l === "zh" ? "zh-CN" : "en-GB");

// Constructing an Intl formatter costs ~50 µs (locale data lookup); a page with a few
// hundred figures spent most of its render time there. Formatters are immutable: keep one
// per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: Locale, maxDigits: number): Intl.NumberFormat {
  const key = `n|${locale}|${maxDigits}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(intl(locale), { maximumFractionDigits: maxDigits })));
  return f;
}
function dateFormat(locale: Locale, kind: "date" | "dateTime"): Intl.DateTimeFormat {
  const key = `d|${locale}|${kind}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      kind === "date"
        ? { year: "numeric", month: "long", day: "numeric", timeZone: "Asia/Shanghai" }
        : { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" };
    formatters.set(key, (f = new Intl.DateTimeFormat(intl(locale), opts)));
  }
  return f;
}

/** Up to `maxDigits` decimals, no trailing zeros, grouped thousands. NaN/null → "—". */
export function formatNumber(value: number | null | undefined, locale: Locale, maxDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return numberFormat(locale, maxDigits).format(value);
}

/**
 * A figure with its unit as a reader of that language says it: "9,094 万人" in Chinese,
 * "90.94 million people" in English (万/亿 moved onto thousands/millions/billions, see
 * lib/units/phrasing.ts); percent sticks to the number.
 */
export function formatValue(value: number | null | undefined, unit: string, locale: Locale, maxDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const def = parseUnit(unit);
  if (def?.symbol === "%") return `${formatNumber(value, locale, maxDigits)}%`;
  if (locale === "en" && def) {
    const scaled = scaleForEnglish(value, def, maxDigits);
    if (scaled) return `${formatNumber(scaled.value, locale, scaled.maxDigits)} ${scaled.words}`;
  }
  return `${formatNumber(value, locale, maxDigits)} ${formatUnit(unit, locale)}`;
}

export function formatDate(iso: string | Date, locale: Locale): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  return dateFormat(locale, "date").format(d);
}

export function formatDateTime(iso: string | Date, locale: Locale): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  return dateFormat(locale, "dateTime").format(d);
}
