import { describe, expect, it } from "vitest";
import { changeMagnitude, rankChanges, type ChangeCandidate } from "@/lib/changes/rank";

const c = (id: number, day: number, oldValue: number | null, newValue: number | null, revision = true): ChangeCandidate => ({
  id,
  createdAt: new Date(Date.UTC(2026, 5, day)),
  oldValue,
  newValue,
  revision,
});

describe("changeMagnitude", () => {
  it.each([
    ["+50 %", c(1, 1, 100, 150), 0.5],
    ["−20 %", c(1, 1, 100, 80), 0.2],
    ["negative base", c(1, 1, -10, -5), 0.5],
    ["retraction", c(1, 1, 80, null), 1],
    ["after a retraction", c(1, 1, null, 5), 1],
    ["unchanged", c(1, 1, 7, 7), 0],
    ["from zero", c(1, 1, 0, 3), Number.POSITIVE_INFINITY],
    ["first entry", c(1, 1, null, 3, false), -1],
  ])("%s", (_n, cand, expected) => {
    expect(changeMagnitude(cand)).toBe(expected);
  });
});

describe("rankChanges", () => {
  it("biggest first, first entries last, ties by newest then id, cut to the limit", () => {
    const items = [c(1, 1, null, 3, false), c(2, 2, 100, 105), c(3, 3, 100, 200), c(4, 4, null, 9, false), c(5, 2, 100, 95), c(6, 2, 100, 95)];
    expect(rankChanges(items, 5).map((i) => i.id)).toEqual([3, 6, 5, 2, 4]);
    expect(rankChanges(items, 2).map((i) => i.id)).toEqual([3, 6]);
  });
});
