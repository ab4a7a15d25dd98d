// The embedded PostgreSQL's shared_buffers (scripts/lib/embedded-db.mjs): a quarter of
// the machine's memory, never below PostgreSQL's stock 128 MB, never above 1 GB.
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain .mjs script without type declarations
import { serverSettings } from "@/scripts/lib/embedded-db.mjs";

const GiB = 2 ** 30;

describe("serverSettings", () => {
  it.each([
    [0.25 * GiB, "shared_buffers=128MB"],
    [0.5 * GiB, "shared_buffers=128MB"],
    [1 * GiB, "shared_buffers=256MB"],
    [2 * GiB, "shared_buffers=512MB"],
    [3 * GiB, "shared_buffers=768MB"],
    [4 * GiB, "shared_buffers=1024MB"],
    [24 * GiB, "shared_buffers=1024MB"],
  ])("%d bytes of memory → %s", (total, setting) => {
    expect(serverSettings(total)).toEqual(["-c", setting]);
  });
});
