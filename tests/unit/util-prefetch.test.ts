// forEachPrefetched: the import's overlap of parsing (the source) and writing (fn).
import { describe, expect, it } from "vitest";
import { forEachPrefetched } from "@/lib/util/prefetch";

/** A source that logs when it starts producing an item, and whether it was closed. */
function source(items: number[], log: string[], failAt?: number) {
  return (async function* () {
    try {
      for (const i of items) {
        log.push(`produce ${i}`);
        await Promise.resolve();
        if (i === failAt) throw new Error(`source failed at ${i}`);
        yield i;
      }
    } finally {
      log.push("closed");
    }
  })();
}

describe("forEachPrefetched", () => {
  it("consumes in order, producing the next item while the current one is consumed", async () => {
    const log: string[] = [];
    await forEachPrefetched(source([1, 2, 3], log), async (i) => {
      log.push(`consume ${i}`);
      await new Promise((r) => setTimeout(r, 1));
      log.push(`done ${i}`);
    });
    // the source runs to its end while the last item is still being consumed
    expect(log).toEqual(["produce 1", "produce 2", "consume 1", "done 1", "produce 3", "consume 2", "done 2", "closed", "consume 3", "done 3"]);
  });

  it("closes the source and rethrows when the consumer fails", async () => {
    const log: string[] = [];
    const run = forEachPrefetched(source([1, 2, 3, 4], log), async (i) => {
      if (i === 2) throw new Error("consumer failed");
    });
    await expect(run).rejects.toThrow("consumer failed");
    expect(log).toEqual(["produce 1", "produce 2", "produce 3", "closed"]);
  });

  it("rethrows the source's error after the item before it was consumed", async () => {
    const consumed: number[] = [];
    const run = forEachPrefetched(source([1, 2, 3], [], 2), async (i) => void consumed.push(i));
    await expect(run).rejects.toThrow("source failed at 2");
    expect(consumed).toEqual([1]);
  });

  it("does nothing for an empty source", async () => {
    const log: string[] = [];
    await forEachPrefetched(source([], log), async () => void log.push("consumed"));
    expect(log).toEqual(["closed"]);
  });
});
