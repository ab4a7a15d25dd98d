// Aggregation of statuses: counts, worst status, goal roll-ups.
import { describe, expect, it } from "vitest";
import { countStatuses, rollupGoals, rollupStatuses, STATUS_ORDER, worstStatus, type GoalLinkNode } from "@/lib/progress/rollup";
import type { ProgressStatus } from "@/lib/progress/types";

describe("worstStatus", () => {
  it.each<[ProgressStatus[], ProgressStatus | null]>([
    [[], null],
    [["no_data"], "no_data"],
    [["no_data", "no_baseline"], "no_baseline"],
    // a judged status outranks not judged, whatever its colour
    [["no_data", "achieved"], "achieved"],
    [["achieved", "on_track"], "on_track"],
    [["on_track", "at_risk"], "at_risk"],
    [["at_risk", "off_track"], "off_track"],
    [["off_track", "exceeded"], "exceeded"],
    [["exceeded", "not_achieved"], "not_achieved"],
    [["not_achieved", "exceeded", "no_data"], "not_achieved"],
  ])("%j → %s", (statuses, want) => {
    expect(worstStatus(statuses)).toBe(want);
    expect(worstStatus([...statuses].reverse())).toBe(want); // order does not matter
  });
});

describe("countStatuses / rollupStatuses", () => {
  it("counts every status, zeros included, in display order", () => {
    const counts = countStatuses(["no_data", "exceeded", "no_data"]);
    expect(Object.keys(counts)).toEqual([...STATUS_ORDER]);
    expect(counts).toEqual({
      achieved: 0,
      within_cap: 0,
      nearly_achieved: 0,
      on_track: 0,
      at_risk: 0,
      off_track: 0,
      not_achieved: 0,
      exceeded: 1,
      no_baseline: 0,
      no_data: 2,
    });
  });

  it.each<[ProgressStatus[], { green: number; yellow: number; red: number; grey: number }, number]>([
    [[], { green: 0, yellow: 0, red: 0, grey: 0 }, 0],
    [["achieved", "on_track", "at_risk", "off_track", "not_achieved", "exceeded", "no_baseline", "no_data"], { green: 2, yellow: 1, red: 3, grey: 2 }, 6],
    [["no_data", "no_data"], { green: 0, yellow: 0, red: 0, grey: 2 }, 0],
  ])("colours of %j", (statuses, colors, judged) => {
    const r = rollupStatuses(statuses);
    expect(r.colors).toEqual(colors);
    expect(r.judged).toBe(judged);
    expect(r.total).toBe(statuses.length);
  });
});

describe("rollupGoals", () => {
  const status = new Map<number, ProgressStatus>([
    [1, "not_achieved"],
    [2, "exceeded"],
    [3, "no_data"],
    [4, "achieved"],
  ]);
  const tree: GoalLinkNode[] = [
    {
      key: "goal-2020",
      targetIds: [],
      children: [
        { key: "urban-system", targetIds: [1, 2, 3], children: [] },
        // target 2 is linked to both children (and 3 to the child and the grandchild): counted once above
        { key: "support-ecology", targetIds: [2, 3], children: [{ key: "land", targetIds: [3], children: [] }] },
      ],
    },
    { key: "outlook", targetIds: [], children: [] },
    // target 99 has no evaluated status (e.g. filtered out): ignored
    { key: "spatial", targetIds: [4, 99], children: [] },
  ];

  it("rolls each goal up over its own and its descendants' targets, each target once", () => {
    const r = rollupGoals(tree, status);
    expect(r.get("goal-2020")).toMatchObject({ total: 3, worst: "not_achieved", colors: { red: 2, grey: 1, green: 0, yellow: 0 } });
    expect(r.get("urban-system")).toMatchObject({ total: 3, worst: "not_achieved" });
    expect(r.get("support-ecology")).toMatchObject({ total: 2, worst: "exceeded" });
    expect(r.get("land")).toMatchObject({ total: 1, worst: "no_data", judged: 0 });
    expect(r.get("outlook")).toMatchObject({ total: 0, worst: null });
    expect(r.get("spatial")).toMatchObject({ total: 1, worst: "achieved", judged: 1 });
  });
});
