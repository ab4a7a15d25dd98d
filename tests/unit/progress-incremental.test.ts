// Pure rules of incremental evaluation: what a batch of changes touches, and the merge.
import { describe, expect, it } from "vitest";
import { mergePage, mergeValues, onlyPairsOutside, pairsOf, touchedBy, touches, type Evaluated } from "@/lib/progress/incremental";

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

describe("onlyPairsOutside: reads of indicators, regions, plans and one region's figures still valid", () => {
  it.each([
    [
      "figures of other regions",
      [
        { indicatorId: 1, regionAdcode: "510100" },
        { indicatorId: 2, regionAdcode: "500000" },
      ],
      "CHENGYU",
      true,
    ],
    [
      "a figure of the plan area itself",
      [
        { indicatorId: 1, regionAdcode: "510100" },
        { indicatorId: 1, regionAdcode: "CHENGYU" },
      ],
      "CHENGYU",
      false,
    ],
    ["a region whose code ends like the plan area's", [{ indicatorId: 1, regionAdcode: "XCHENGYU" }], "CHENGYU", true],
    ["an indicator renamed", [{ indicatorId: 3, regionAdcode: null }], "CHENGYU", false],
    ["a region renamed", [{ indicatorId: null, regionAdcode: "510100" }], "CHENGYU", false],
    ["a plan changed", [{ indicatorId: null, regionAdcode: null }], "CHENGYU", false],
    ["figures, and the plan has no plan area", [{ indicatorId: 1, regionAdcode: "510100" }], null, true],
    ["nothing", [], "CHENGYU", true],
  ] as const)("%s → %s", (_, changes, adcode, expected) => {
    expect(onlyPairsOutside(touchedBy([...changes]), adcode)).toBe(expected);
  });
});

describe("mergeValues: the merged items", () => {
  const cached = [item(1, 1, "A"), item(2, 1, "B"), item(3, 2, "A"), item(5, 1, "A")];
  const mergeEvaluated = (c: typeof cached, t: ReturnType<typeof touchedBy>, fresh: typeof cached) =>
    mergeValues(
      c,
      c.map((i) => i.item),
      t,
      fresh,
    ).items;
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

describe("pairsOf", () => {
  it("gives each touched pair as [indicatorId, regionAdcode], a region code with a bar kept whole", () => {
    const t = touchedBy([
      { indicatorId: 12, regionAdcode: "510100" },
      { indicatorId: 3, regionAdcode: "A|B" },
      { indicatorId: 4, regionAdcode: null },
    ]);
    expect(pairsOf(t)).toEqual([
      [12, "510100"],
      [3, "A|B"],
    ]);
  });
});

describe("mergeValues: the merge with the values assembled from", () => {
  const cached = [item(1, 1, "A"), item(2, 1, "B"), item(3, 2, "A"), item(5, 1, "A")];
  const values = ["old1", "old2", "old3", "old5"];
  const pair = (indicatorId: number, regionAdcode: string) => touchedBy([{ indicatorId, regionAdcode }]);
  it.each([
    ["figures of pair 1|A written", pair(1, "A"), [item(1, 1, "A", "new"), item(5, 1, "A", "new")], [1, 2, 3, 5], ["new1", "old2", "old3", "new5"]],
    ["a target of pair 1|A gone", pair(1, "A"), [item(5, 1, "A", "new")], [2, 3, 5], ["old2", "old3", "new5"]],
    ["a target added to pair 2|B", pair(2, "B"), [item(4, 2, "B", "new")], [1, 2, 3, 4, 5], ["old1", "old2", "old3", "new4", "old5"]],
    // target 2 moved from 1|B to 1|A: both pairs touched, 1|B now empty
    [
      "a target moved between pairs",
      touchedBy([
        { indicatorId: 1, regionAdcode: "A" },
        { indicatorId: 1, regionAdcode: "B" },
      ]),
      [item(1, 1, "A", "new"), item(2, 1, "A", "new"), item(5, 1, "A", "new")],
      [1, 2, 3, 5],
      ["new1", "new2", "old3", "new5"],
    ],
    // as many fresh as touched, but not the same targets: 2 left 1|B, 4 joined it
    ["one target out and another in", pair(1, "B"), [item(4, 1, "B", "new")], [1, 3, 4, 5], ["old1", "old3", "new4", "old5"]],
    [
      "every region of indicator 2",
      touchedBy([{ indicatorId: 2, regionAdcode: null }]),
      [item(3, 2, "A", "new")],
      [1, 2, 3, 5],
      ["old1", "old2", "new3", "old5"],
    ],
    [
      "every indicator of region B",
      touchedBy([{ indicatorId: null, regionAdcode: "B" }]),
      [item(2, 1, "B", "new")],
      [1, 2, 3, 5],
      ["old1", "new2", "old3", "old5"],
    ],
  ])("%s", (_, t, fresh, ids, expected) => {
    const out = mergeValues(cached, values, t, fresh);
    expect(out.items.map((o) => o.targetId)).toEqual(ids);
    expect(out.values).toEqual(expected);
    expect(out.items.map((o) => o.item)).toEqual(expected); // values[k] is items[k].item
    expect(values).toEqual(["old1", "old2", "old3", "old5"]); // the cached arrays are not changed
  });
  it("finds a target by its new indicator after it moved to another (the indicator column handed on)", () => {
    const moved = mergeValues(
      cached,
      values,
      touchedBy([
        { indicatorId: 1, regionAdcode: "B" },
        { indicatorId: 2, regionAdcode: "B" },
      ]),
      [item(2, 2, "B", "moved")],
    );
    expect(moved.values).toEqual(["old1", "moved2", "old3", "old5"]);
    const again = mergeValues(moved.items, moved.values, pair(2, "B"), [item(2, 2, "B", "again")]);
    expect(again.values).toEqual(["old1", "again2", "old3", "old5"]);
    // and no longer by its old one
    expect(mergeValues(again.items, again.values, pair(1, "B"), []).values).toEqual(["old1", "again2", "old3", "old5"]);
    expect(mergeValues(cached, values, pair(1, "B"), [item(2, 1, "B", "x")]).values).toEqual(["old1", "x2", "old3", "old5"]); // the original column unchanged
  });

  it.each([
    ["small ids", 1, 2],
    // past the byte array's range: looked up one by one instead
    ["ids beyond two million", 2_000_001, 2_000_002],
  ])("finds the touched pairs of several indicators at once (%s)", (_, a, b) => {
    const c = [item(1, a, "A"), item(2, a, "B"), item(3, b, "A"), item(4, b, "B"), item(5, 7, "A")];
    const t = touchedBy([
      { indicatorId: a, regionAdcode: "B" },
      { indicatorId: b, regionAdcode: "A" },
      { indicatorId: 3, regionAdcode: "A" },
    ]);
    const out = mergeValues(
      c,
      c.map((i) => i.item),
      t,
      [item(2, a, "B", "new"), item(3, b, "A", "new")],
    );
    expect(out.values).toEqual(["old1", "new2", "new3", "old4", "old5"]);
  });

  it("keeps untouched items as the same objects, and returns the cached arrays when nothing was touched", () => {
    const out = mergeValues(cached, values, pair(1, "A"), [item(1, 1, "A", "new"), item(5, 1, "A", "new")]);
    expect(out.items[1]).toBe(cached[1]);
    expect(out.items[2]).toBe(cached[2]);
    const none = mergeValues(cached, values, pair(9, "Z"), []);
    expect(none.items).toBe(cached);
    expect(none.values).toBe(values);
  });
});

describe("mergePage: one page of a paginated answer", () => {
  // a full page of 3 targets (ids 10, 20, 30) after some cursor; the next page starts at 40
  const page = [item(10, 1, "A"), item(20, 2, "B"), item(30, 1, "C")];
  const pair = (indicatorId: number, regionAdcode: string) => touchedBy([{ indicatorId, regionAdcode }]);
  const values = page.map((i) => i.item);
  const tags = (r: { items: Evaluated<string>[]; values: string[] } | null) => {
    if (r) expect(r.values).toEqual(r.items.map((i) => i.item)); // the values beside the items
    return r?.items.map((i) => i.item) ?? null;
  };

  it.each([
    ["a figure of a target on the page: only it is replaced", pair(2, "B"), [item(20, 2, "B", "new")], ["old10", "new20", "old30"]],
    ["a figure of a target on a later page: the page is unchanged", pair(5, "E"), [item(45, 5, "E", "new")], ["old10", "old20", "old30"]],
    [
      "an indicator's change reaching past the page: only its targets on the page",
      touchedBy([{ indicatorId: 1, regionAdcode: null }]),
      [item(10, 1, "A", "new"), item(30, 1, "C", "new"), item(50, 1, "F", "new")],
      ["new10", "old20", "new30"],
    ],
    ["a target added on the page: evaluate in full", pair(3, "D"), [item(15, 3, "D", "new")], null],
    ["a target of the page removed: evaluate in full", pair(2, "B"), [], null],
    ["a target added after a full page: the page is unchanged", pair(3, "D"), [item(35, 3, "D", "new")], ["old10", "old20", "old30"]],
  ] as const)("%s", (_name, touched, fresh, expected) => {
    expect(tags(mergePage(page, values, touched, fresh, 3))).toEqual(expected);
  });

  it("the last page, not full, takes a new target only by a full evaluation", () => {
    expect(mergePage(page, values, pair(3, "D"), [item(35, 3, "D", "new")], 5)).toBeNull();
    expect(tags(mergePage(page, values, pair(1, "C"), [item(30, 1, "C", "new")], 5))).toEqual(["old10", "old20", "new30"]);
  });

  it("untouched: the same array", () => {
    expect(mergePage(page, values, pair(9, "Z"), [], 3)!.items).toBe(page);
  });
});
