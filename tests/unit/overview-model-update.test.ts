// The overview model brought up to date after a write (updateOverviewModel) must be the
// model built afresh: by hand for one change, and against a fresh build over random ones.
import { describe, expect, it } from "vitest";
import type { ProgressSummaryEntry } from "@/lib/progress/entry";
import { buildOverviewModel, updateOverviewModel, type OverviewOptions } from "@/lib/progress/overview-model";
import type { ProgressStatus } from "@/lib/progress/types";

function entry(
  targetId: number,
  adcode: string,
  indicator: string,
  targetYear: number,
  status: ProgressStatus,
  latest: number | null = null,
): ProgressSummaryEntry {
  return {
    targetId,
    indicator,
    indicatorNameZh: indicator,
    indicatorNameEn: indicator,
    unit: "万人",
    region: { adcode, nameZh: `城${adcode}`, nameEn: `City ${adcode}` },
    targetYear,
    targetValue: 100,
    targetType: "min",
    status,
    latest: latest === null ? null : { year: 2024, value: latest },
    basis: latest === null ? null : { year: 2024, value: latest },
    completion: null,
    final: null,
  };
}

/** A write re-evaluated target `i`: a new object in its place, everything else the same objects. */
const rewrite = (entries: readonly ProgressSummaryEntry[], i: number, change: Partial<ProgressSummaryEntry>) =>
  entries.map((e, k) => (k === i ? { ...e, ...change } : e));

describe("updateOverviewModel", () => {
  const base = [
    entry(1, "A", "urban_population", 2020, "achieved", 150),
    entry(2, "A", "gdp", 2030, "on_track"),
    entry(3, "B", "urban_population", 2020, "not_achieved", 90),
    entry(4, "B", "gdp", 2030, "at_risk"),
    entry(5, "C", "gdp", 2030, "on_track"),
  ];

  it("one target turns off track: counts, its year's group, its row and its city change", () => {
    const before = buildOverviewModel(base, 2026, { maxRows: 2 });
    // rows kept by severity: B (not_achieved) and A (achieved < on_track: A's worst is on_track)
    expect(before.matrix.rows.map((r) => r.adcode)).toEqual(["B", "A"]);
    const after = rewrite(base, 4, { status: "off_track" });
    const model = updateOverviewModel({ entries: base, model: before }, after, 2026, { maxRows: 2 });
    expect(model.counts).toMatchObject({ achieved: 1, on_track: 1, not_achieved: 1, at_risk: 1, off_track: 1 });
    expect(model.groups.find((g) => g.targetYear === 2030)!.counts).toMatchObject({ on_track: 1, at_risk: 1, off_track: 1 });
    expect(model.groups.find((g) => g.targetYear === 2020)!.counts).toMatchObject({ achieved: 1, not_achieved: 1 });
    // C is now worse than A: it takes A's place among the two rows shown
    expect(model.matrix.rows.map((r) => [r.adcode, r.worst])).toEqual([
      ["B", "not_achieved"],
      ["C", "off_track"],
    ]);
    expect(model.matrix.hiddenRows).toBe(1);
    expect(model.cities.map((c) => [c.adcode, c.status])).toEqual([
      ["A", "on_track"],
      ["B", "not_achieved"],
      ["C", "off_track"],
    ]);
    // the model before is untouched
    expect(before.counts.off_track).toBe(0);
    expect(before.matrix.rows.map((r) => r.adcode)).toEqual(["B", "A"]);
  });

  it("a new latest figure resizes its city", () => {
    const before = buildOverviewModel(base, 2026);
    const model = updateOverviewModel({ entries: base, model: before }, rewrite(base, 0, { latest: { year: 2025, value: 155.5 } }), 2026);
    expect([...model.populations]).toEqual([
      ["A", 155.5],
      ["B", 90],
    ]);
  });

  it("nothing changed: the same model", () => {
    const before = buildOverviewModel(base, 2026);
    expect(updateOverviewModel({ entries: base, model: before }, [...base], 2026)).toBe(before);
  });

  it.each<[string, (e: ProgressSummaryEntry[]) => ProgressSummaryEntry[]]>([
    ["a target added", (e) => [...e, entry(6, "D", "gdp", 2030, "off_track")]],
    ["a target removed", (e) => e.slice(1)],
    ["a target moved to another year", (e) => rewrite(e, 1, { targetYear: 2035 })],
    ["a region renamed", (e) => rewrite(e, 2, { region: { adcode: "B", nameZh: "新城", nameEn: "New City" } })],
  ])("%s: built afresh, the same as a fresh build", (_, change) => {
    const before = buildOverviewModel(base, 2026, { maxRows: 2 });
    const after = change(base);
    expect(updateOverviewModel({ entries: base, model: before }, after, 2026, { maxRows: 2 })).toEqual(buildOverviewModel(after, 2026, { maxRows: 2 }));
  });

  it("200 random writes in a row: every model equals a fresh build", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const statuses: ProgressStatus[] = ["achieved", "on_track", "at_risk", "off_track", "not_achieved", "no_data", "exceeded", "within_cap"];
    const indicators = ["urban_population", "gdp", "land", "green"];
    let entries: ProgressSummaryEntry[] = [];
    let id = 0;
    for (let r = 0; r < 40; r++)
      for (const ind of indicators) entries.push(entry(++id, `R${r}`, ind, r % 3 === 0 ? 2020 : 2030, statuses[(r + id) % statuses.length]!, 100 + r));
    for (const opts of [{ maxRows: 10, maxColumns: 5 }, { mapIndicator: "gdp" }, {}] satisfies OverviewOptions[]) {
      let prev = { entries, model: buildOverviewModel(entries, 2026, opts) };
      for (let step = 0; step < 200; step++) {
        const i = Math.floor(random() * entries.length);
        const change =
          random() < 0.7
            ? { status: statuses[Math.floor(random() * statuses.length)]! }
            : { latest: random() < 0.2 ? null : { year: 2025, value: Math.round(random() * 300) } };
        entries = rewrite(entries, i, change);
        const model = updateOverviewModel(prev, entries, 2026, opts);
        expect(model).toEqual(buildOverviewModel(entries, 2026, opts));
        prev = { entries, model };
      }
    }
  });
});
