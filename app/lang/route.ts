import { NextResponse } from "next/server";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locale";

// GET /lang?to=en&next=/regions → remembers the language and returns to the page.
export function GET(req: Request) {
  const url = new URL(req.url);
  const locale = parseLocale(url.searchParams.get("to"));
  const next = url.searchParams.get("next") ?? "/";
  // only same-site paths: never an open redirect
  const safeNext = next.startsWith("/") && !next.startsWith("//") ? next : "/";
  const res = NextResponse.redirect(new URL(safeNext, url.origin), 303);
  res.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return res;
}
