import { describe, expect, it } from "vitest";
import { chooseExpiry, DEFAULT_SHARE_DAYS, looksLikeShareToken, shareLinkState } from "@/lib/reports/share-expiry";

const NOW = new Date("2025-03-01T00:00:00Z");
const at = (iso: string) => new Date(iso);

describe("chooseExpiry", () => {
  it("defaults to 30 days from now", () => {
    expect(DEFAULT_SHARE_DAYS).toBe(30);
    expect(chooseExpiry(undefined, false, NOW)).toEqual({ ok: true, expiresAt: at("2025-03-31T00:00:00Z") });
  });

  it.each([
    [true, { ok: true, expiresAt: null }],
    [false, { ok: false, reason: "never_not_allowed" }],
  ])("never expiring when allowed=%s", (allowed, expected) => {
    expect(chooseExpiry(null, allowed, NOW)).toEqual(expected);
  });

  it.each([
    ["2025-03-01T00:00:00Z", { ok: false, reason: "not_in_future" }],
    ["2025-02-28T23:59:59Z", { ok: false, reason: "not_in_future" }],
    ["2025-03-01T00:00:01Z", { ok: true, expiresAt: at("2025-03-01T00:00:01Z") }],
    ["2030-01-01T00:00:00Z", { ok: true, expiresAt: at("2030-01-01T00:00:00Z") }],
  ])("a chosen moment %s", (iso, expected) => {
    expect(chooseExpiry(at(iso), false, NOW)).toEqual(expected);
  });
});

describe("shareLinkState", () => {
  it.each([
    [{ expiresAt: null, revokedAt: null }, "active"],
    [{ expiresAt: at("2025-03-01T00:00:01Z"), revokedAt: null }, "active"],
    // expiry is exclusive: at the moment itself the link is dead
    [{ expiresAt: at("2025-03-01T00:00:00Z"), revokedAt: null }, "expired"],
    [{ expiresAt: at("2025-02-01T00:00:00Z"), revokedAt: null }, "expired"],
    [{ expiresAt: null, revokedAt: at("2025-02-28T00:00:00Z") }, "revoked"],
    [{ expiresAt: at("2025-02-01T00:00:00Z"), revokedAt: at("2025-01-15T00:00:00Z") }, "revoked"],
  ])("%j → %s", (link, state) => expect(shareLinkState(link, NOW)).toBe(state));
});

describe("looksLikeShareToken", () => {
  it.each([
    ["A".repeat(43), true],
    ["abc-_DEF0123456789abcdefghijklmnopqrstuvwxy", true],
    ["A".repeat(42), false],
    ["A".repeat(44), false],
    // an API token (pm_ + 43 characters) is not a share token
    ["pm_" + "A".repeat(43), false],
    ["A".repeat(42) + "=", false],
  ])("%s → %s", (t, ok) => expect(looksLikeShareToken(t)).toBe(ok));
});
