import { describe, expect, it } from "vitest";
import { backoffSeconds, retryAfterSeconds } from "@/lib/auth/throttle-policy";

describe("sign-in lock back-off", () => {
  it.each([
    [0, 60],
    [1, 60],
    [2, 120],
    [3, 240],
    [6, 1920],
    [7, 3600], // 3840 capped at an hour
    [50, 3600],
  ])("lock number %i lasts %i s", (strike, seconds) => {
    expect(backoffSeconds(strike)).toBe(seconds);
  });

  it.each([
    [0, 1],
    [1, 1],
    [1000, 1],
    [1001, 2],
    [59_500, 60],
  ])("%i ms → Retry-After %i", (ms, s) => {
    expect(retryAfterSeconds(ms)).toBe(s);
  });
});
