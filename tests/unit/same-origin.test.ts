import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertSameOriginWrite, originConfigFromEnv, type BodyKind, type OriginConfig } from "@/lib/api/same-origin";

const COOKIE = "next-auth.session-token=eyJhbGciOi.x.y; pm-locale=zh";
const plain: OriginConfig = { trustProxy: false, configured: [] };

function outcome(init: { method?: string; url?: string; headers: Record<string, string>; body?: BodyKind; config?: OriginConfig }): number {
  const req = new Request(init.url ?? "http://127.0.0.1:3202/api/v1/users", { method: init.method ?? "POST", headers: init.headers });
  try {
    assertSameOriginWrite(req, init.body ?? "json", init.config ?? plain);
    return 200;
  } catch (e) {
    if (e instanceof AppError) return e.code === "FORBIDDEN" ? 403 : e.code === "UNSUPPORTED_MEDIA_TYPE" ? 415 : 500;
    throw e;
  }
}

const json = { "content-type": "application/json" };
const at = (host: string, origin: string | null, extra: Record<string, string> = {}) => ({
  host,
  cookie: COOKIE,
  ...(origin === null ? {} : { origin }),
  ...json,
  ...extra,
});

describe("assertSameOriginWrite", () => {
  it.each([
    ["same origin, 127.0.0.1 with port", { headers: at("127.0.0.1:3202", "http://127.0.0.1:3202") }, 200],
    ["same origin, localhost", { headers: at("localhost:3202", "http://localhost:3202") }, 200],
    ["same origin, JSON with charset", { headers: at("localhost:3202", "http://localhost:3202", { "content-type": "application/json; charset=utf-8" }) }, 200],
    ["another port of the same host (the reported attack)", { headers: at("127.0.0.1:3202", "http://127.0.0.1:8080") }, 403],
    ["localhost page writing to 127.0.0.1", { headers: at("127.0.0.1:3202", "http://localhost:3202") }, 403],
    ["another host", { headers: at("plan.example", "https://evil.example") }, 403],
    ["a host that only starts like ours", { headers: at("plan.example", "https://plan.example.evil.example") }, 403],
    ["Origin: null (sandboxed frame)", { headers: at("127.0.0.1:3202", "null") }, 403],
    ["no Origin, same-origin Referer", { headers: at("127.0.0.1:3202", null, { referer: "http://127.0.0.1:3202/admin" }) }, 200],
    ["no Origin, cross-origin Referer", { headers: at("127.0.0.1:3202", null, { referer: "http://127.0.0.1:8080/x" }) }, 403],
    ["neither Origin nor Referer", { headers: at("127.0.0.1:3202", null) }, 403],
    ["Host without port, https origin on 443", { headers: at("plan.example", "https://plan.example") }, 200],
    ["Host without port, origin on another port", { headers: at("plan.example", "http://plan.example:8080") }, 403],
    ["same origin but text/plain", { headers: at("127.0.0.1:3202", "http://127.0.0.1:3202", { "content-type": "text/plain" }) }, 415],
    ["same origin but multipart", { headers: at("127.0.0.1:3202", "http://127.0.0.1:3202", { "content-type": "multipart/form-data; boundary=x" }) }, 415],
    ["same origin, no body at all (DELETE)", { method: "DELETE", headers: { host: "127.0.0.1:3202", cookie: COOKIE, origin: "http://127.0.0.1:3202" } }, 200],
    ["same origin, body without a type", { headers: { host: "127.0.0.1:3202", cookie: COOKIE, origin: "http://127.0.0.1:3202", "content-length": "12" } }, 415],
    [
      "upload endpoint: multipart from the app",
      { body: "upload" as const, headers: at("127.0.0.1:3202", "http://127.0.0.1:3202", { "content-type": "multipart/form-data; boundary=x" }) },
      200,
    ],
    [
      "upload endpoint: multipart from elsewhere",
      { body: "upload" as const, headers: at("127.0.0.1:3202", "http://127.0.0.1:8080", { "content-type": "multipart/form-data; boundary=x" }) },
      403,
    ],
    [
      "cross-origin but a bearer token",
      { headers: at("127.0.0.1:3202", "http://evil.example", { authorization: "Bearer pm_x", "content-type": "text/plain" }) },
      200,
    ],
    ["cross-origin without the session cookie", { headers: { host: "127.0.0.1:3202", origin: "http://evil.example", "content-type": "text/plain" } }, 200],
    [
      "chunked session cookie under __Secure-",
      { headers: at("plan.example", "https://evil.example", { cookie: "__Secure-next-auth.session-token.0=a" }) },
      403,
    ],
    [
      "session cookie after a malformed cookie",
      { headers: at("plan.example", "https://evil.example", { cookie: "t=%E0%A4%A; next-auth.session-token=a" }) },
      403,
    ],
    [
      "a cookie whose name only contains the session's",
      { headers: at("plan.example", "https://evil.example", { cookie: "x-next-auth.session-token=a" }) },
      200,
    ],
    ["reads are never refused", { method: "GET", headers: at("127.0.0.1:3202", "http://evil.example") }, 200],
    ["no Host header: the request URL's host", { headers: { cookie: COOKIE, origin: "http://127.0.0.1:3202", ...json } }, 200],
  ])("%s", (_name, init, status) => {
    expect(outcome(init)).toBe(status);
  });

  it("honours X-Forwarded-Host/-Proto only with TRUST_PROXY=1", () => {
    const behindProxy = { host: "127.0.0.1:3000", "x-forwarded-host": "plan.example", "x-forwarded-proto": "https", cookie: COOKIE, ...json };
    expect(outcome({ headers: { ...behindProxy, origin: "https://plan.example" } })).toBe(403);
    const trusted = { trustProxy: true, configured: [] };
    expect(outcome({ headers: { ...behindProxy, origin: "https://plan.example" }, config: trusted })).toBe(200);
    // known https: an http page on the same host may not write
    expect(outcome({ headers: { ...behindProxy, origin: "http://plan.example" }, config: trusted })).toBe(403);
    // an attacker's own X-Forwarded-Host cannot make their origin ours
    expect(outcome({ headers: { ...behindProxy, "x-forwarded-host": "evil.example", origin: "https://evil.example" } })).toBe(403);
  });

  it("accepts the configured origin (APP_ORIGIN or NEXTAUTH_URL) when a proxy rewrites Host", () => {
    const config = originConfigFromEnv({ APP_ORIGIN: "https://plan.example/", NEXTAUTH_URL: "not a url" });
    expect(config).toEqual({ trustProxy: false, configured: ["https://plan.example"] });
    expect(outcome({ headers: at("127.0.0.1:3000", "https://plan.example"), config })).toBe(200);
    expect(outcome({ headers: at("127.0.0.1:3000", "https://other.example"), config })).toBe(403);
  });
});
