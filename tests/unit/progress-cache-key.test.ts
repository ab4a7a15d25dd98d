// Pure rules of the evaluation cache.
import { describe, expect, it } from "vitest";
import { asOfKey, LruCache, snapshotIsQuiet } from "@/lib/progress/cache-key";

describe("asOfKey", () => {
  const newest = new Date("2026-11-22T05:00:00.000Z");
  it.each([
    ["2026-11-22T05:00:00.000Z", "latest"], // exactly the newest version: sees everything
    ["2026-11-23T00:00:00.000Z", "latest"],
    ["2026-11-22T04:59:59.999Z", "2026-11-22T04:59:59.999Z"], // misses the newest version
    ["2019-12-31T15:59:59.999Z", "2019-12-31T15:59:59.999Z"],
  ])("as of %s → %s", (iso, key) => {
    expect(asOfKey(new Date(iso), newest)).toBe(key);
  });
  it("no moment named: the data as they stand, even when the newest version is dated after the clock", () => {
    expect(asOfKey(undefined, newest)).toBe("latest");
    expect(asOfKey(undefined, null)).toBe("latest");
  });
  it("an empty table is the same at every moment", () => {
    expect(asOfKey(new Date("2000-01-01T00:00:00Z"), null)).toBe("latest");
  });
});

describe("snapshotIsQuiet", () => {
  it.each([
    ["796:796:", true],
    ["700:800:", true],
    ["796:800:796", false],
    ["796:802:796,799", false],
    ["", false],
    ["garbage", false],
  ])("%j → %s", (snap, quiet) => {
    expect(snapshotIsQuiet(snap)).toBe(quiet);
  });
});

describe("LruCache", () => {
  it("evicts the least recently used values beyond the cost budget", () => {
    const c = new LruCache<string>(10);
    c.set("a", "A", 4);
    c.set("b", "B", 4);
    expect(c.get("a")).toBe("A"); // a is now the most recent
    c.set("c", "C", 4); // 12 > 10: b goes
    expect(c.get("b")).toBeUndefined();
    expect([c.get("a"), c.get("c"), c.size, c.cost]).toEqual(["A", "C", 2, 8]);
  });

  it("replaces a key without double-counting and refuses values over budget", () => {
    const c = new LruCache<number>(10);
    c.set("a", 1, 6);
    c.set("a", 2, 7);
    expect([c.get("a"), c.cost]).toEqual([2, 7]);
    c.set("big", 3, 11);
    expect(c.get("big")).toBeUndefined();
    expect(c.get("a")).toBe(2);
    c.set("a", 9, 11); // an over-budget replacement drops the old value too
    expect([c.get("a"), c.size, c.cost]).toEqual([undefined, 0, 0]);
  });
});
