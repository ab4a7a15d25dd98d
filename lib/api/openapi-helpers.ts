// Building blocks of the OpenAPI document (lib/api/openapi.ts). Pure: no server imports,
// so the document and its coverage test run anywhere.
import { z } from "zod";

export type Json = { [k: string]: unknown };

/** A request or response schema from the zod schema the handler parses with (input side). */
export function fromZod(schema: z.ZodType): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  return rest;
}

export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

export const pathParam = (name: string, description: string, type: "string" | "integer" = "string"): Json => ({ name, in: "path", required: true, description, schema: { type } });

export const queryParam = (name: string, description: string, schema: Json = { type: "string" }): Json => ({ name, in: "query", required: false, description, schema });

export const jsonBody = (schema: Json, description?: string): Json => ({ required: true, ...(description ? { description } : {}), content: { "application/json": { schema } } });

export const jsonResponse = (description: string, schema: Json = { type: "object" }): Json => ({ description, content: { "application/json": { schema } } });

/** The error responses a handler may give, by status. */
export function errors(...statuses: (401 | 403 | 404 | 409 | 413 | 422 | 429)[]): Json {
  const text: Record<number, string> = {
    401: "Not signed in (no or unknown token or session; share tokens are not accepted here)",
    403: "The caller's role may not do this",
    404: "Not found (or not visible to the caller)",
    409: "Conflict: someone saved in between (optimistic concurrency)",
    413: "Payload too large",
    422: "Invalid input; `issues` names the fields",
    429: "Too many failed attempts; retry later",
  };
  return Object.fromEntries(statuses.map((s) => [String(s), { description: text[s], content: { "application/json": { schema: ref("Error") } } }]));
}

interface OpSpec {
  summary: string;
  tag: string;
  params?: Json[];
  body?: Json;
  ok: [status: number, response: Json];
  errors?: Json;
  /** Public operations (no credentials needed). */
  public?: boolean;
}

export function op(spec: OpSpec): Json {
  return {
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.params?.length ? { parameters: spec.params } : {}),
    ...(spec.body ? { requestBody: spec.body } : {}),
    ...(spec.public ? { security: [] } : {}),
    responses: { [String(spec.ok[0])]: spec.ok[1], ...(spec.errors ?? errors(401)) },
  };
}
