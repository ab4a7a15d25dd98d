// Cross-site request forgery guard for the JSON API (issue 9 §3). apiRoute runs it on
// every request before anything else, so no handler can forget it
// (tests/unit/api-route-coverage.test.ts checks that every /api/v1 handler is an apiRoute).
//
// A browser attaches the session cookie to requests another site starts (a page on
// another port of the same host is "same-site", so even SameSite=Lax cookies go along),
// and <form> or fetch(no-cors) can send text/plain, multipart and urlencoded bodies
// without a preflight. So a state-changing request that carries the session cookie must
// (1) name this app as its Origin (or, when a browser sends none, its Referer), and
// (2) for JSON endpoints, be application/json (a type no simple cross-site request can send).
// Requests with `Authorization: Bearer` are exempt: a browser never adds that header by
// itself, and getActor then ignores the cookie. Server actions keep Next's own check.
// Pure: no next/* or database imports.
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { parseCookieHeader } from "@/lib/util/cookie-header";
import { parseUrl } from "@/lib/util/url";

/** What a write endpoint accepts as its body: JSON (the default) or an uploaded file. */
export type BodyKind = "json" | "upload";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// next-auth's session cookie under any prefix (__Secure-, __Host-), chunked (.0, .1 …)
const SESSION_COOKIE = /^(?:__Secure-|__Host-)?next-auth\.session-token(?:\.\d+)?$/;
// read with the parser getActor uses: a cookie it would not read is no session to guard
const hasSessionCookie = (header: string) => [...parseCookieHeader(header).keys()].some((name) => SESSION_COOKIE.test(name));

const CROSS_ORIGIN = msg(
  "请求来源不是本站：使用登录会话的写操作必须来自本站页面（脚本请使用 API 令牌）",
  "The request does not come from this site: writes with a session must come from the app's own pages (scripts use an API token)",
);
const JSON_ONLY = msg("请求体必须是 JSON（Content-Type: application/json）", "The request body must be JSON (Content-Type: application/json)");

export interface OriginConfig {
  /** TRUST_PROXY=1: X-Forwarded-Host/-Proto name the host and scheme the browser used. */
  trustProxy: boolean;
  /** Origins configured for the app (APP_ORIGIN, NEXTAUTH_URL), exact matches. */
  configured: readonly string[];
}

export function originConfigFromEnv(env: Record<string, string | undefined> = process.env): OriginConfig {
  const configured = [env.APP_ORIGIN, env.NEXTAUTH_URL].flatMap((v) => {
    const u = parseUrl(v);
    return u ? [u.origin] : [];
  });
  return { trustProxy: ["1", "true", "on"].includes(env.TRUST_PROXY ?? ""), configured };
}

/** Throws 403/415 when a cookie-authenticated write is cross-origin or not JSON; else returns. */
export function assertSameOriginWrite(req: Request, body: BodyKind = "json", config: OriginConfig = originConfigFromEnv()): void {
  const h = req.headers;
  if (!WRITE_METHODS.has(req.method.toUpperCase())) return;
  if (/^bearer\s/i.test(h.get("authorization") ?? "")) return;
  if (!hasSessionCookie(h.get("cookie") ?? "")) return;
  if (!isSameOrigin(req, config)) throw new AppError("FORBIDDEN", CROSS_ORIGIN);
  if (body === "json" && !isJsonOrEmpty(h)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", JSON_ONLY);
}

/** Whether the request's Origin (else Referer) is the app's own origin. */
function isSameOrigin(req: Request, config: OriginConfig): boolean {
  const h = req.headers;
  const origin = h.get("origin");
  // "null" (sandboxed frames, privacy redirects) is no origin we can vouch for
  const claimed = origin !== null ? parseUrl(origin) : parseUrl(h.get("referer") ?? undefined);
  if (!claimed || (claimed.protocol !== "http:" && claimed.protocol !== "https:")) return false;
  if (config.configured.includes(claimed.origin)) return true;

  const forwardedProto = config.trustProxy ? firstValue(h.get("x-forwarded-proto")) : undefined;
  const requestHttps = forwardedProto ? forwardedProto === "https" : parseUrl(req.url)?.protocol === "https:";
  // Known https: an http page must not write. Seemingly http: a TLS-terminating proxy we
  // were not told to trust may stand in front, so either scheme is accepted.
  if (requestHttps && claimed.protocol !== "https:") return false;

  const hosts = [h.get("host"), config.trustProxy ? firstValue(h.get("x-forwarded-host")) : undefined, parseUrl(req.url)?.host];
  return hosts.some((host) => host !== undefined && host !== null && sameHost(claimed, host));
}

/** Host header "name[:port]" against a parsed origin; a Host without port means a default port. */
function sameHost(claimed: URL, host: string): boolean {
  const parsed = parseUrl(`http://${host.trim()}`);
  if (!parsed || parsed.hostname !== claimed.hostname) return false;
  const claimedPort = claimed.port || (claimed.protocol === "https:" ? "443" : "80");
  const hostPort = /:\d+$/.test(host.trim()) ? host.trim().split(":").pop()! : null;
  return hostPort === null ? claimedPort === "80" || claimedPort === "443" : hostPort === claimedPort;
}

function isJsonOrEmpty(h: Headers): boolean {
  const type = h.get("content-type");
  if (type === null) {
    // no body at all (a DELETE, a POST without content): nothing to misread
    const length = h.get("content-length");
    return (length === null || length.trim() === "0") && !h.has("transfer-encoding");
  }
  return type.split(";")[0]!.trim().toLowerCase() === "application/json";
}

function firstValue(v: string | null): string | undefined {
  const first = v?.split(",")[0]?.trim().toLowerCase();
  return first || undefined;
}
