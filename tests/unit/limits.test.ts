import { describe, expect, it } from "vitest";
import { parseLimits } from "@/lib/limits";

describe("abuse limits settings", () => {
  it("defaults: links of non-admins live at most a year; 4 renders wait, 2 run, 60 s each", () => {
    expect(parseLimits({})).toEqual({ SHARE_MAX_DAYS: 365, RENDER_QUEUE_SIZE: 4, RENDER_CONCURRENCY: 2, RENDER_TIMEOUT_MS: 60_000 });
    expect(parseLimits({ SHARE_MAX_DAYS: "" }).SHARE_MAX_DAYS).toBe(365);
  });

  it("reads numbers from text", () => {
    expect(parseLimits({ SHARE_MAX_DAYS: "90", RENDER_QUEUE_SIZE: "0" })).toMatchObject({ SHARE_MAX_DAYS: 90, RENDER_QUEUE_SIZE: 0 });
  });

  it.each([
    [{ SHARE_MAX_DAYS: "abc" }, /SHARE_MAX_DAYS/],
    [{ SHARE_MAX_DAYS: "0" }, /SHARE_MAX_DAYS/],
    [{ RENDER_CONCURRENCY: "1.5" }, /RENDER_CONCURRENCY/],
    [{ RENDER_TIMEOUT_MS: "-1" }, /RENDER_TIMEOUT_MS/],
  ])("refuses %j naming the variable", (env, message) => {
    expect(() => parseLimits(env)).toThrow(message);
  });
});
