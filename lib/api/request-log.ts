import "server-only";
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { logger } from "@/lib/log";
import type { Actor } from "@/lib/permissions";
import { HSTS, servedOverHttps } from "@/lib/security-headers";

// One structured line per API request (issue 9 §12): request id, route, method, status,
// duration, user. Never the URL's query, headers, cookies or bodies: those carry
// tokens and passwords. Errors are logged once, with their stack, by errorResponse.

// A caller's id is kept only when it is short and plain: it is echoed and logged.
const CALLER_ID = /^[\w.:@-]{1,128}$/;

/** The caller's `x-request-id` when well-formed, else a new one. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given !== null && CALLER_ID.test(given) ? given : randomUUID();
}

/**
 * The route as its file names it: /api/v1/reports/12 with params {id: "12"} →
 * /api/v1/reports/[id]. Path values (a share token in /share/<token>/export) never
 * reach the log.
 */
function routeOf(url: string, params: object): string {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string" && v !== "") values.set(v, name);
  }
  const segments = new URL(url).pathname.split("/").map((seg) => {
    let decoded = seg;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      // a malformed segment is logged as written
    }
    const name = values.get(decoded) ?? values.get(seg);
    return name === undefined ? seg : `[${name}]`;
  });
  return segments.join("/");
}

export interface RequestFacts {
  requestId: string;
  startedMs: number;
  params: object;
  actor: Actor | undefined;
}

/**
 * Logs the request's line and echoes its id (plus HSTS over https: proxy.ts, which sets
 * it for pages, does not run for /api); returns the response to send.
 */
export function finishRequest(req: Request, res: Response, facts: RequestFacts, log: Logger = logger): Response {
  const headers: [string, string][] = [["x-request-id", facts.requestId]];
  if (servedOverHttps(req.headers, req.url)) headers.push(["strict-transport-security", HSTS]);
  const out = withHeaders(res, headers);
  const fields = {
    requestId: facts.requestId,
    method: req.method,
    route: routeOf(req.url, facts.params),
    status: out.status,
    durationMs: Math.round((performance.now() - facts.startedMs) * 10) / 10,
    userId: facts.actor?.kind === "user" ? facts.actor.userId : null,
    ...(facts.actor?.kind === "user" ? { via: facts.actor.via } : {}),
  };
  // info even for a 500: the error itself, with its stack, is errorResponse's one line
  log.info(fields, "api request");
  return out;
}

function withHeaders(res: Response, headers: [string, string][]): Response {
  try {
    for (const [k, v] of headers) res.headers.set(k, v);
    return res;
  } catch {
    // immutable headers (Response.redirect, a fetched response): copy them once
    const copy = new Response(res.body, res);
    for (const [k, v] of headers) copy.headers.set(k, v);
    return copy;
  }
}
