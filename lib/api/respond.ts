import "server-only";
import { NextResponse } from "next/server";
import type { Logger } from "pino";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { dbUnavailableResponse, noteDatabaseError } from "@/lib/api/db-unavailable";
import { getActor } from "@/lib/auth/current-actor";
import { finishRequest, requestIdOf } from "@/lib/api/request-log";
import { assertSameOriginWrite, type BodyKind } from "@/lib/api/same-origin";
import { logger } from "@/lib/log";
import type { Actor } from "@/lib/permissions";

export function json<T>(body: T, init?: number | ResponseInit) {
  return NextResponse.json(body, typeof init === "number" ? { status: init } : init);
}

/**
 * A JSON body already serialized (e.g. kept with a cached value). Bytes, not a string:
 * a string body is re-validated and UTF-8 encoded on every response.
 */
export function jsonBytes(body: Uint8Array<ArrayBuffer>, status = 200) {
  return new Response(body, { status, headers: { "content-type": "application/json" } });
}

/** The one place an error becomes an HTTP response (and an unexpected one is logged, once, with its stack). */
export function errorResponse(e: unknown, log: Logger = logger) {
  if (e instanceof AppError) {
    // extra.retryAfter (seconds) also becomes the Retry-After header (throttling 429, a full import or render queue 503)
    const retryAfter = typeof e.extra?.retryAfter === "number" ? { "retry-after": String(e.extra.retryAfter) } : undefined;
    return NextResponse.json({ error: { code: e.code, message: e.detail, ...e.extra } }, { status: HTTP_STATUS[e.code], headers: retryAfter });
  }
  // Input is parsed with parseInput/parseQuery/parseBody (AppError VALIDATION above); a
  // ZodError reaching here is data the code itself failed to parse: a bug, so a 500 with
  // its stack below, not a 422 blaming the caller.
  // database down: 503 + Retry-After, logged once per outage (not a stack per request)
  if (noteDatabaseError(e)) return dbUnavailableResponse();
  log.error({ err: e }, "unhandled error");
  return NextResponse.json({ error: { code: "INTERNAL", message: { zh: "服务器内部错误", en: "Internal server error" } } }, { status: 500 });
}

/**
 * Every /api/v1 handler: refuses cross-site writes made with the session cookie
 * (lib/api/same-origin.ts; `body: "upload"` for endpoints taking files, else JSON only),
 * resolves who is calling (token, session or nobody), awaits the route params, turns
 * thrown AppErrors into proper responses (anything else is a logged 500), and logs one line per request
 * with its id (the caller's `x-request-id` or a new one, echoed in the response).
 */
export function apiRoute<P = Record<string, never>>(
  fn: (args: { req: Request; actor: Actor; params: P }) => Promise<Response>,
  options: { body?: BodyKind } = {},
) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    const startedMs = performance.now();
    const requestId = requestIdOf(req.headers);
    const log = logger.child({ requestId });
    let actor: Actor | undefined;
    let params = {} as P;
    let res: Response;
    try {
      assertSameOriginWrite(req, options.body);
      params = ctx?.params !== undefined ? await ctx.params : ({} as P);
      actor = await getActor(req.headers);
      res = await fn({ req, actor, params });
    } catch (e) {
      res = errorResponse(e, log);
    }
    return finishRequest(req, res, { requestId, startedMs, params: params as object, actor }, log);
  };
}
