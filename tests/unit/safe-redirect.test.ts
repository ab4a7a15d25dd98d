import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/", "/"],
    ["/regions", "/regions"],
    ["/progress/indicators/gdp?asOf=2024-01-01#chart", "/progress/indicators/gdp?asOf=2024-01-01#chart"],
    ["/reports/12?x=a%20b", "/reports/12?x=a%20b"],
    // non-ASCII is percent-encoded, so it can go in a Location header
    ["/报告", "/%E6%8A%A5%E5%91%8A"],
    ["/a/../regions", "/regions"],
    ["/foo%2F%2Fbar", "/foo%2F%2Fbar"],
    ["/regions?q=100%25", "/regions?q=100%25"],
    ["/%E0%A4%A", "/%E0%A4%A"],
  ])("keeps the same-origin path %j → %j", (raw, want) => {
    expect(safeRedirectPath(raw)).toBe(want);
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%0A/evil.example",
    "/%0d%0a/evil.example",
    "/%2F%2Fevil.example",
    "/%2F/evil.example",
    "%2F%2Fevil.example",
    "/%252F%252Fevil.example",
    "/%255Cevil.example",
    "/a/../..//evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "http:/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/%25%5C/evil.example",
    "/x".repeat(2000),
  ])("refuses %j", (raw) => {
    expect(safeRedirectPath(raw)).toBe("/");
  });

  it("refuses non-strings and uses the fallback given", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(["/a", "/b"])).toBe("/");
    expect(safeRedirectPath("//evil.example", "/login")).toBe("/login");
  });
});
