import { describe, expect, it, vi } from "vitest";

// the module is server-only; here it is exercised on its own, with a fixed secret
vi.mock("server-only", () => ({}));
process.env.NEXTAUTH_SECRET = "unit-test-secret-for-print-tokens-0123456789";
const { signPrintToken, verifyPrintToken } = await import("@/lib/pdf/print-token");

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
const USER = 7;
const report12 = { kind: "report", id: 12 } as const;
const round12 = { kind: "round", id: 12 } as const;

/** Swaps one character of the signature (still valid base64url, same length). */
const tamperSignature = (t: string) => t.slice(0, -2) + (t.at(-2) === "A" ? "B" : "A") + t.at(-1);
/** Re-encodes the payload with other claims, keeping the old signature. */
const forgeClaims = (t: string, change: Record<string, unknown>) => {
  const [payload, sig] = t.split(".");
  const claims = { ...JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")), ...change };
  return `${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${sig}`;
};

describe("print tokens are bound to one subject, one user, one minute", () => {
  const cases: { name: string; token: () => string; subject: { kind: "report" | "round"; id: number }; at: number; user: number | null }[] = [
    { name: "a report token opens its report", token: () => signPrintToken(report12, USER, NOW), subject: report12, at: NOW + 1_000, user: USER },
    { name: "a round token opens its round", token: () => signPrintToken(round12, USER, NOW), subject: round12, at: NOW + 59_999, user: USER },
    {
      name: "a report token does not open the round with the same id",
      token: () => signPrintToken(report12, USER, NOW),
      subject: round12,
      at: NOW,
      user: null,
    },
    {
      name: "a round token does not open the report with the same id",
      token: () => signPrintToken(round12, USER, NOW),
      subject: report12,
      at: NOW,
      user: null,
    },
    {
      name: "a round token does not open another round",
      token: () => signPrintToken(round12, USER, NOW),
      subject: { kind: "round", id: 13 },
      at: NOW,
      user: null,
    },
    {
      name: "a report token does not open another report",
      token: () => signPrintToken(report12, USER, NOW),
      subject: { kind: "report", id: 1 },
      at: NOW,
      user: null,
    },
    { name: "expired after one minute", token: () => signPrintToken(round12, USER, NOW), subject: round12, at: NOW + 60_000, user: null },
    { name: "a tampered signature", token: () => tamperSignature(signPrintToken(round12, USER, NOW)), subject: round12, at: NOW, user: null },
    {
      name: "claims rewritten to another kind",
      token: () => forgeClaims(signPrintToken(report12, USER, NOW), { kind: "round" }),
      subject: round12,
      at: NOW,
      user: null,
    },
    {
      name: "claims rewritten to another user",
      token: () => forgeClaims(signPrintToken(round12, USER, NOW), { userId: 1 }),
      subject: round12,
      at: NOW,
      user: null,
    },
    {
      name: "claims rewritten to a later expiry",
      token: () => forgeClaims(signPrintToken(round12, USER, NOW), { exp: NOW + 3_600_000 }),
      subject: round12,
      at: NOW + 120_000,
      user: null,
    },
    { name: "no signature", token: () => signPrintToken(round12, USER, NOW).split(".")[0]!, subject: round12, at: NOW, user: null },
    { name: "an extra part", token: () => `${signPrintToken(round12, USER, NOW)}.x`, subject: round12, at: NOW, user: null },
    { name: "garbage", token: () => "not-a-token", subject: round12, at: NOW, user: null },
  ];

  it.each(cases)("$name", ({ token, subject, at, user }) => {
    expect(verifyPrintToken(token(), subject, at)).toEqual(user === null ? null : { userId: user });
  });

  it("a token signed with the old v1 claims (a report id only) opens nothing", async () => {
    const crypto = await import("node:crypto");
    const payload = Buffer.from(JSON.stringify({ reportId: 12, userId: USER, exp: NOW + 60_000 })).toString("base64url");
    const sig = crypto.createHmac("sha256", process.env.NEXTAUTH_SECRET!).update(`plan-monitor print token v1\n${payload}`).digest("base64url");
    expect(verifyPrintToken(`${payload}.${sig}`, report12, NOW)).toBeNull();
  });
});
