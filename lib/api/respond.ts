import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { getActor } from "@/lib/auth/current-actor";
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

/** The one place an error becomes an HTTP response. */
export function errorResponse(e: unknown) {
  if (e instanceof AppError) {
    // extra.retryAfter (seconds): throttling (429) and a full render queue (503)
    const headers = typeof e.extra?.retryAfter === "number" ? { "retry-after": String(e.extra.retryAfter) } : undefined;
    return NextResponse.json({ error: { code: e.code, message: e.detail, ...e.extra } }, { status: HTTP_STATUS[e.code], headers });
  }
  if (e instanceof z.ZodError) {
    return NextResponse.json(
      {
        error: {
          code: "VALIDATION",
          message: { zh: "请求参数无效", en: "Invalid request parameters" },
          issues: e.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
        },
      },
      { status: 422 },
    );
  }
  console.error(e);
  return NextResponse.json({ error: { code: "INTERNAL", message: { zh: "服务器内部错误", en: "Internal server error" } } }, { status: 500 });
}

/**
 * Every /api/v1 handler: resolves who is calling (token, session or nobody), awaits the
 * route params, and turns thrown AppErrors and ZodErrors into proper responses.
 */
export function apiRoute<P = Record<string, never>>(fn: (args: { req: Request; actor: Actor; params: P }) => Promise<Response>) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await getActor(req.headers);
      return await fn({ req, actor, params: ctx?.params ? await ctx.params : ({} as P) });
    } catch (e) {
      return errorResponse(e);
    }
  };
}

export function searchParams(req: Request): Record<string, string> {
  return Object.fromEntries(new URL(req.url).searchParams.entries());
}
