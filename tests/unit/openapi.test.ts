import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

const ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/reports/[id]/shares/route.ts → /reports/{}/shares (parameter names do not matter). */
const routePath = (file: string) =>
  `/${path.relative(ROOT, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[[^\]]+\]/g, "{}").replace(/\/$/, "") || "/";
const docPath = (p: string) => p.replace(/\{[^}]+\}/g, "{}");

function exportedMethods(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  return METHODS.filter((m) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(src));
}

const documented = new Map(Object.entries(openApiDocument.paths).map(([p, item]) => [docPath(p), Object.keys(item as object)]));

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with the error schema and both auth schemes", () => {
    expect(openApiDocument.openapi).toBe("3.1.0");
    expect(Object.keys(openApiDocument.components.securitySchemes)).toEqual(["bearerAuth", "sessionCookie"]);
    expect(openApiDocument.components.schemas.Error).toBeDefined();
  });

  const files = routeFiles(ROOT);
  it("finds the route files", () => expect(files.length).toBeGreaterThan(10));

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("documents every method of %s", (_rel, file) => {
    const p = routePath(file);
    expect(documented.has(p), `no path ${p} in lib/api/openapi.ts`).toBe(true);
    for (const m of exportedMethods(file)) expect(documented.get(p), `${m} ${p}`).toContain(m.toLowerCase());
  });

  it("uses request schemas generated from the zod schemas the handlers parse with", () => {
    const reports = openApiDocument.paths["/reports"] as {
      post: { requestBody: { content: { "application/json": { schema: { required: string[]; properties: Record<string, unknown> } } } } };
    };
    const body = reports.post.requestBody;
    const schema = body.content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["title", "selection"]));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["pinnedAt", "visibility", "annotations"]));
  });

  it("every $ref resolves", () => {
    const refs = [...JSON.stringify(openApiDocument).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const name of refs) expect(openApiDocument.components.schemas).toHaveProperty(name);
  });
});
