import { describe, expect, it } from "vitest";
import { diffFigures, diffStatuses, type FigureSnapshot, type StatusSnapshot } from "@/lib/reports/diff";
import { normalizeDecimalText } from "@/lib/reports/decimal-text";

const fig = (year: number, value: string, extra: Partial<FigureSnapshot> = {}): FigureSnapshot => ({
  indicator: "urban_population",
  region: "510500",
  year,
  value,
  source: "统计年鉴",
  flags: [],
  ...extra,
});
const st = (targetId: number, status: string, completion: number | null = null): StatusSnapshot => ({
  targetId,
  indicator: "urban_population",
  region: "510500",
  targetYear: 2020,
  status,
  completion,
});

describe("normalizeDecimalText", () => {
  it.each([
    ["161.97000000", "161.97"],
    ["12.000", "12"],
    ["-0.50", "-0.5"],
    ["-0.000", "0"],
    ["007.10", "7.1"],
    ["0.00012000", "0.00012"],
    ["abc", "abc"],
  ])("%s → %s", (a, b) => expect(normalizeDecimalText(a)).toBe(b));
});

describe("diffFigures", () => {
  it("reports nothing when the data did not change (trailing zeros are not a change)", () => {
    expect(diffFigures([fig(2018, "161.97")], [fig(2018, "161.97000000")])).toEqual([]);
  });

  it("reports a revised value with both values", () => {
    expect(diffFigures([fig(2018, "161.97"), fig(2017, "150")], [fig(2018, "165.2"), fig(2017, "150")])).toEqual([
      {
        indicator: "urban_population",
        region: "510500",
        year: 2018,
        kind: "changed",
        fields: ["value"],
        before: { value: "161.97", source: "统计年鉴", flags: [] },
        after: { value: "165.2", source: "统计年鉴", flags: [] },
      },
    ]);
  });

  it("names every changed field: source and flags (flag order does not matter)", () => {
    const [c] = diffFigures([fig(2018, "1", { flags: ["estimated", "provisional"] })], [fig(2018, "1", { source: "普查", flags: ["low_confidence"] })]);
    expect(c?.fields).toEqual(["source", "flags"]);
    expect(diffFigures([fig(2018, "1", { flags: ["a", "b"] })], [fig(2018, "1", { flags: ["b", "a"] })])).toEqual([]);
  });

  it("reports figures added since and figures retracted since", () => {
    const out = diffFigures([fig(2017, "150")], [fig(2019, "170")]);
    expect(out.map((c) => [c.year, c.kind, c.before?.value ?? null, c.after?.value ?? null])).toEqual([
      [2017, "removed", "150", null],
      [2019, "added", null, "170"],
    ]);
  });

  it("keys by indicator × region × year: the same year of another region is another figure", () => {
    const out = diffFigures([fig(2018, "1")], [fig(2018, "1"), fig(2018, "2", { region: "510700" })]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ region: "510700", kind: "added" });
  });
});

describe("diffStatuses", () => {
  it("lists a target whose status changed, with both statuses and completions", () => {
    expect(diffStatuses([st(1, "at_risk", 0.4), st(2, "on_track", 0.6)], [st(1, "on_track", 0.6), st(2, "on_track", 0.7)])).toEqual([
      {
        targetId: 1,
        indicator: "urban_population",
        region: "510500",
        targetYear: 2020,
        kind: "changed",
        before: { status: "at_risk", completion: 0.4 },
        after: { status: "on_track", completion: 0.6 },
      },
    ]);
  });

  it("lists targets that appeared or disappeared", () => {
    expect(diffStatuses([st(1, "no_data")], [st(2, "no_data")]).map((s) => [s.targetId, s.kind])).toEqual([
      [1, "removed"],
      [2, "added"],
    ]);
  });
});
