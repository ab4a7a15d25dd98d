import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";

describe("clientIp", () => {
  it.each([
    [{ "x-forwarded-for": "203.0.113.7" }, "203.0.113.7"],
    [{ "x-forwarded-for": "1.1.1.1, 203.0.113.7" }, "203.0.113.7"], // the hop our proxy appended
    [{ "x-forwarded-for": "::ffff:10.0.0.2" }, "10.0.0.2"],
    [{ "x-forwarded-for": "2001:DB8::1" }, "2001:db8::1"],
    [{ "x-forwarded-for": " , " }, "unknown"],
    [{}, "unknown"],
  ])("%j → %s", (headers, ip) => {
    expect(clientIp(headers)).toBe(ip);
    expect(clientIp(new Headers(headers as Record<string, string>))).toBe(ip);
  });

  it("no headers at all", () => expect(clientIp(undefined)).toBe("unknown"));
});
