import { describe, expect, it } from "vitest";
import { printRows } from "@/lib/reports/print-rows";

const N = false;
const W = true;

describe("printed chart rows", () => {
  it.each([
    ["no charts", [], []],
    ["one chart: alone, but nothing to keep it with", [N], [{ cards: [0], keepWithPrevious: false }]],
    ["two charts share a row", [N, N], [{ cards: [0, 1], keepWithPrevious: false }]],
    [
      "an odd last chart is kept with the row before it",
      [N, N, N],
      [
        { cards: [0, 1], keepWithPrevious: false },
        { cards: [2], keepWithPrevious: true },
      ],
    ],
    [
      "a chart with notes takes its own row and closes the open one",
      [N, W, N, N, N],
      [
        { cards: [0], keepWithPrevious: false },
        { cards: [1], keepWithPrevious: false },
        { cards: [2, 3], keepWithPrevious: false },
        { cards: [4], keepWithPrevious: true },
      ],
    ],
    [
      "a wide last chart is kept with the row before it too",
      [N, N, W],
      [
        { cards: [0, 1], keepWithPrevious: false },
        { cards: [2], keepWithPrevious: true },
      ],
    ],
  ] as const)("%s", (_name, wide, rows) => {
    expect(printRows(wide)).toEqual(rows);
  });
});
