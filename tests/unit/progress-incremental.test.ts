// Pure rules of incremental evaluation: what a batch of changes touches, and the merge.
import { describe, expect, it } from "vitest";
import { mergeEvaluated, touchedBy, touches, type Evaluated } from "@/lib/progress/incremental";

const item = (targetId: number, indicatorId: number, regionAdcode: string, tag = "old"): Evaluated<string> => ({
  targetId,
  indicatorId,
  regionAdcode,
  item: `${tag}${targetId}`,
});

describe("touchedBy / touches", () => {
  const t = touchedBy([
    { indicatorId: 1, regionAdcode: "A" },
    { indicatorId: 2, regionAdcode: null },
    { indicatorId: null, regionAdcode: "C" },
  ]);
  it.each([
    [1, "A", true], // the pair itself
    [1, "B", false], // same indicator, other region
    [3, "A", false], // same region, other indicator
    [2, "Z", true], // every region of indicator 2
    [9, "C", true], // every indicator of region C
    [9, "Z", false],
  ])("indicator %i, region %s → %s", (i, r, expected) => {
    expect(touches(t, i, r)).toBe(expected);
  });
  it("both sides null: everything", () => {
    const all = touchedBy([{ indicatorId: null, regionAdcode: null }]);
    expect(all.all).toBe(true);
    expect(touches(all, 42, "Q")).toBe(true);
  });
});

describe("mergeEvaluated", () => {
  const cached = [item(1, 1, "A"), item(2, 1, "B"), item(3, 2, "A"), item(5, 1, "A")];
  it("replaces the touched targets in place and keeps the others as the same objects", () => {
    const out = mergeEvaluated(cached, touchedBy([{ indicatorId: 1, regionAdcode: "A" }]), [item(1, 1, "A", "new"), item(5, 1, "A", "new")]);
    expect(out.map((o) => o.item)).toEqual(["new1", "old2", "old3", "new5"]);
    expect(out[1]).toBe(cached[1]);
  });
  it("drops a target gone from a touched pair", () => {
    const out = mergeEvaluated(cached, touchedBy([{ indicatorId: 1, regionAdcode: "A" }]), [item(5, 1, "A", "new")]);
    expect(out.map((o) => o.targetId)).toEqual([2, 3, 5]);
  });
  it("adds a new target in targetId order", () => {
    const out = mergeEvaluated(cached, touchedBy([{ indicatorId: 2, regionAdcode: "B" }]), [item(4, 2, "B", "new")]);
    expect(out.map((o) => o.item)).toEqual(["old1", "old2", "old3", "new4", "old5"]);
  });
  it("returns the cached array itself when nothing of it was touched", () => {
    expect(mergeEvaluated(cached, touchedBy([{ indicatorId: 9, regionAdcode: "Z" }]), [])).toBe(cached);
  });
});
