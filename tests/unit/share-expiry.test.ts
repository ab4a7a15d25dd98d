import { describe, expect, it } from "vitest";
import { chooseExpiry, DEFAULT_SHARE_DAYS, lifetimeStillAllowed, looksLikeShareToken, shareLinkState } from "@/lib/reports/share-expiry";

const NOW = new Date("2025-03-01T00:00:00Z");
const at = (iso: string) => new Date(iso);
const ADMIN = { mayNeverExpire: true, maxDays: 365 };
const ANALYST = { mayNeverExpire: false, maxDays: 365 };

describe("chooseExpiry", () => {
  it("defaults to 30 days from now", () => {
    expect(DEFAULT_SHARE_DAYS).toBe(30);
    expect(chooseExpiry(undefined, ANALYST, NOW)).toEqual({ ok: true, expiresAt: at("2025-03-31T00:00:00Z") });
  });

  it.each([
    [true, { ok: true, expiresAt: null }],
    [false, { ok: false, reason: "never_not_allowed" }],
  ])("never expiring when allowed=%s", (allowed, expected) => {
    expect(chooseExpiry(null, allowed ? ADMIN : ANALYST, NOW)).toEqual(expected);
  });

  it.each([
    ["2025-03-01T00:00:00Z", { ok: false, reason: "not_in_future" }],
    ["2025-02-28T23:59:59Z", { ok: false, reason: "not_in_future" }],
    ["2025-03-01T00:00:01Z", { ok: true, expiresAt: at("2025-03-01T00:00:01Z") }],
    ["2026-03-01T00:00:00Z", { ok: true, expiresAt: at("2026-03-01T00:00:00Z") }],
    // past the non-admin maximum (365 days): refused, never clamped to "never"
    ["2026-03-01T00:00:01Z", { ok: false, reason: "too_long" }],
    ["9999-12-31T00:00:00Z", { ok: false, reason: "too_long" }],
  ])("a chosen moment %s", (iso, expected) => {
    expect(chooseExpiry(at(iso), ANALYST, NOW)).toEqual(expected);
  });
});

describe("chooseExpiry limits", () => {
  it("lets admins choose any future date", () => {
    expect(chooseExpiry(at("9999-12-31T00:00:00Z"), ADMIN, NOW)).toEqual({ ok: true, expiresAt: at("9999-12-31T00:00:00Z") });
  });

  it("shortens the default to the maximum when the maximum is shorter", () => {
    expect(chooseExpiry(undefined, { mayNeverExpire: false, maxDays: 7 }, NOW)).toEqual({ ok: true, expiresAt: at("2025-03-08T00:00:00Z") });
  });
});

describe("lifetimeStillAllowed", () => {
  const created = at("2025-01-01T00:00:00Z");
  it.each([
    [ADMIN, null, true],
    [ANALYST, null, false],
    [ADMIN, "2030-01-01T00:00:00Z", true],
    [ANALYST, "2030-01-01T00:00:00Z", false],
    [ANALYST, "2026-01-01T00:00:00Z", true], // exactly 365 days
    [ANALYST, "2026-01-01T00:00:59Z", true], // within the creation slack
    [ANALYST, "2026-01-01T00:01:01Z", false],
  ])("policy %j, expiry %s → %s", (policy, expiresAt, allowed) => {
    expect(lifetimeStillAllowed({ createdAt: created, expiresAt: expiresAt ? at(expiresAt) : null }, policy)).toBe(allowed);
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
