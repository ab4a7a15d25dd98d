// Users work in Chinese first; English is the second language.
import { parseCookieHeader } from "@/lib/util/cookie-header";

export type Locale = "zh" | "en";
const DEFAULT_LOCALE: Locale = "zh";
export const LOCALE_COOKIE = "pm_locale";

export function parseLocale(value: string | null | undefined): Locale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

/** The reader's language from a request's locale cookie (route handlers; pages use server-locale.ts). */
export function localeOf(headers: Headers): Locale {
  return parseLocale(parseCookieHeader(headers.get("cookie") ?? "").get(LOCALE_COOKIE));
}

export const htmlLang = (l: Locale) => (l === "zh" ? "zh-CN" : "en");

/** Picks nameZh/nameEn-style fields. */
export function localName(l: Locale, o: { nameZh: string; nameEn: string }): string {
  return l === "zh" ? o.nameZh : o.nameEn;
}
