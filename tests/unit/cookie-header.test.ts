import { describe, expect, it } from "vitest";
import { parseCookieHeader } from "@/lib/auth/cookie-header";

describe("parseCookieHeader", () => {
  it.each([
    ["", {}],
    ["a=1", { a: "1" }],
    ["a=1; b=x%20y", { a: "1", b: "x y" }],
    ['q="quoted%21"', { q: "quoted!" }],
    ["a=1; a=2", { a: "1" }],
    ["=nameless; ok=1", { ok: "1" }],
    ["flag; ok=1", { ok: "1" }],
    ["v=a=b", { v: "a=b" }],
    // malformed percent-encoding: that cookie is dropped, the others are kept
    ["t=%E0%A4%A", {}],
    ["t=%E0%A4%A; next-auth.session-token=abc; u=%", { "next-auth.session-token": "abc" }],
    ["t=%ZZ; pm_locale=en", { pm_locale: "en" }],
  ])("%j → %j", (header, want) => {
    expect(Object.fromEntries(parseCookieHeader(header))).toEqual(want);
  });
});
