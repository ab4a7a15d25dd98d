// Building blocks of the OpenAPI document (lib/api/openapi.ts), which zod-openapi
// generates from the zod schemas the handlers parse with (requests) and answer with
// (lib/api/response-schemas.ts). Pure: no server imports, so the document and its
// coverage test run anywhere.
import type { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject } from "zod-openapi";
import { errorBody } from "@/lib/api/response-schemas";

export type Json = { [k: string]: unknown };

/** A JSON request body parsed with `schema` (parseBody); `required: false` where an empty body is fine. */
export const jsonBody = (schema: z.ZodType, required = true): ZodOpenApiOperationObject["requestBody"] => ({
  required,
  content: { "application/json": { schema } },
});

export const jsonResponse = (description: string, schema?: z.ZodType | Json): ZodOpenApiResponseObject => ({
  description,
  ...(schema ? { content: { "application/json": { schema } } } : {}),
});

type ErrorStatus = 401 | 403 | 404 | 409 | 413 | 422 | 429;
const ERROR_TEXT: Record<ErrorStatus, string> = {
  401: "Not signed in (no or unknown token or session; share tokens are not accepted here)",
  403: "The caller's role may not do this",
  404: "Not found (or not visible to the caller)",
  409: "Conflict: someone saved in between (optimistic concurrency)",
  413: "Payload too large",
  422: "Invalid input; `issues` names each field, in Chinese and English",
  429: "Too many failed attempts; retry later",
};

/** The error responses a handler may give, by status. */
export function errors(...statuses: ErrorStatus[]): Record<string, ZodOpenApiResponseObject> {
  return Object.fromEntries(statuses.map((s) => [String(s), jsonResponse(ERROR_TEXT[s], errorBody)]));
}

interface OpSpec {
  summary: string;
  tag: string;
  path?: z.ZodObject;
  query?: z.ZodObject;
  body?: ZodOpenApiOperationObject["requestBody"];
  ok: [status: number, response: ZodOpenApiResponseObject];
  errors?: Record<string, ZodOpenApiResponseObject>;
  /** Public operations (no credentials needed). */
  public?: boolean;
}

export function op(spec: OpSpec): ZodOpenApiOperationObject {
  const requestParams = spec.path || spec.query ? { ...(spec.path ? { path: spec.path } : {}), ...(spec.query ? { query: spec.query } : {}) } : undefined;
  return {
    summary: spec.summary,
    tags: [spec.tag],
    ...(requestParams ? { requestParams } : {}),
    ...(spec.body ? { requestBody: spec.body } : {}),
    ...(spec.public ? { security: [] } : {}),
    responses: { [String(spec.ok[0])]: spec.ok[1], ...(spec.errors ?? errors(401)) },
  };
}
