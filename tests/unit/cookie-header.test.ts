import { describe, expect, it } from "vitest";
import { localeOf } from "@/lib/i18n/locale";
import { parseCookieHeader } from "@/lib/util/cookie-header";

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

describe("the language cookie is read with the same parser", () => {
  it.each([
    ["", "zh"],
    ["pm_locale=en", "en"],
    ["a=1; pm_locale=en", "en"],
    // spaces, quotes and a malformed neighbour: read like every other cookie
    ["a=1;pm_locale = en", "en"],
    ['pm_locale="en"', "en"],
    ["t=%E0%A4%A; pm_locale=en", "en"],
    // the first occurrence wins, as for the session cookie
    ["pm_locale=zh; pm_locale=en", "zh"],
    ["pm_locale=fr", "zh"],
  ])("%j → %s", (cookie, locale) => {
    expect(localeOf(new Headers({ cookie }))).toBe(locale);
  });
});
