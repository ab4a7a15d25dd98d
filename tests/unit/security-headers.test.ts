import { describe, expect, it } from "vitest";
import { newNonce, pageCsp, servedOverHttps } from "@/lib/security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("pageCsp", () => {
  it("in production: scripts only by nonce (and what they load), no eval, never framed", () => {
    const d = directives(pageCsp("abc123=="));
    expect(d.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(d.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(d.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.has("upgrade-insecure-requests")).toBe(false);
    expect(pageCsp("n")).not.toContain("unsafe-eval");
  });

  it("development adds eval (React's dev stacks); https adds upgrade-insecure-requests", () => {
    expect(directives(pageCsp("n", { dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(pageCsp("n", { https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe("servedOverHttps", () => {
  const h = (v?: string) => new Headers(v ? { "x-forwarded-proto": v } : {});
  it.each([
    ["http URL, no proxy header", h(), "http://x/", false, false],
    ["https URL", h(), "https://x/", false, true],
    ["X-Forwarded-Proto ignored without TRUST_PROXY", h("https"), "http://x/", false, false],
    ["X-Forwarded-Proto honoured with TRUST_PROXY", h("https"), "http://x/", true, true],
    ["first of a list", h("https, http"), "http://x/", true, true],
    ["trusted proxy says http", h("http"), "https://x/", true, false],
  ])("%s", (_n, headers, url, trust, expected) => {
    expect(servedOverHttps(headers, url, trust)).toBe(expected);
  });
});
