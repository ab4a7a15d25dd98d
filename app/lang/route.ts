import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locale";

// GET /lang?to=en&next=/regions → remembers the language and returns to the page.
export function GET(req: Request) {
  const url = new URL(req.url);
  const locale = parseLocale(url.searchParams.get("to"));
  // only same-site paths: never an open redirect
  const safeNext = safeRedirectPath(url.searchParams.get("next"));
  // A relative Location keeps the host the browser used (behind a proxy, req.url may
  // name another host, and the cookie would not follow).
  const cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax`;
  return new Response(null, { status: 303, headers: { Location: safeNext, "Set-Cookie": cookie } });
}
