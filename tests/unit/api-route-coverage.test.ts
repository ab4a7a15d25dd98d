import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The same-origin check, request log and error mapping live in apiRoute
// (lib/api/respond.ts): a handler exported any other way would skip all three.
const ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

describe("every /api/v1 handler", () => {
  const files = routeFiles(ROOT);
  it("finds the route files", () => expect(files.length).toBeGreaterThan(20));

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("%s exports its methods through apiRoute", (_rel, file) => {
    const src = fs.readFileSync(file, "utf8");
    for (const m of METHODS) {
      expect(src, `${m} must be \`export const ${m} = apiRoute(…)\``).not.toMatch(new RegExp(`export\\s+(async\\s+)?function\\s+${m}\\b`));
      const declared = new RegExp(`export\\s+const\\s+${m}\\s*=\\s*(\\S+)`).exec(src);
      if (declared) expect(declared[1]).toMatch(/^apiRoute[<(]/);
    }
    expect(src).not.toMatch(/export\s*\{[^}]*\b(GET|POST|PUT|PATCH|DELETE)\b/);
  });
});
