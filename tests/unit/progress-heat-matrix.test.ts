// The overview's region × target matrix and the target-year groups.
import { describe, expect, it } from "vitest";
import { buildHeatMatrix, phaseOf } from "@/lib/progress/heat-matrix";
import { groupByTargetYear } from "@/lib/progress/target-year-groups";
import type { ProgressStatus } from "@/lib/progress/types";

let id = 0;
function entry(
  adcode: string,
  indicator: string,
  targetYear: number,
  status: ProgressStatus,
  extra: { latest?: [number, number]; final?: [number | null, number | null] } = {},
) {
  id += 1;
  const latest = extra.latest ? { year: extra.latest[0], value: extra.latest[1] } : null;
  // the evaluation's rule: the final figure once judged, else the latest
  const basis = extra.final && extra.final[0] !== null ? { year: extra.final[0], value: extra.final[1]! } : extra.final ? null : latest;
  return {
    targetId: id,
    indicator,
    indicatorNameZh: indicator === "pop" ? "人口" : "用地",
    indicatorNameEn: indicator,
    unit: "万人",
    region: { adcode, nameZh: `城${adcode}`, nameEn: `City ${adcode}` },
    targetYear,
    status,
    latest,
    basis,
    completion: null,
    final: extra.final ? { status, year: extra.final[0], value: extra.final[1] } : null,
  };
}

describe("phaseOf", () => {
  it.each([
    [2020, 2019, "schedule"],
    [2020, 2020, "schedule"], // the target year itself is still judged on schedule
    [2020, 2021, "final"],
    [2030, 2026, "schedule"],
  ])("target %i evaluated in %i → %s", (T, year, want) => {
    expect(phaseOf(T, year)).toBe(want);
  });
});

describe("buildHeatMatrix", () => {
  const entries = [
    entry("A", "pop", 2020, "not_achieved", { latest: [2020, 141.97], final: [2020, 141.97] }),
    entry("A", "land", 2020, "exceeded", { final: [2020, 167.58], latest: [2020, 167.58] }),
    entry("B", "pop", 2020, "no_data", { latest: [2018, 137], final: [null, null] }),
    entry("B", "pop", 2030, "on_track", { latest: [2025, 180] }),
    entry("C", "land", 2020, "achieved", { final: [2019, 90], latest: [2021, 95] }),
  ];

  it("orders columns by target year, then indicator order; rows by first appearance", () => {
    const m = buildHeatMatrix(entries, 2026);
    expect(m.columns.map((c) => [c.key, c.phase])).toEqual([
      ["pop@2020", "final"],
      ["land@2020", "final"],
      ["pop@2030", "schedule"],
    ]);
    expect(m.groups).toEqual([
      { targetYear: 2020, phase: "final", span: 2 },
      { targetYear: 2030, phase: "schedule", span: 1 },
    ]);
    expect(m.rows.map((r) => r.adcode)).toEqual(["A", "B", "C"]);
    expect(m.hiddenRows).toBe(0);
  });

  it("fills each cell with status, colour and the figure it rests on; gaps are null", () => {
    const m = buildHeatMatrix(entries, 2026);
    const [a, b, c] = m.rows;
    expect(a!.cells.map((x) => x && [x.status, x.color, x.value, x.year])).toEqual([
      ["not_achieved", "red", 141.97, 2020],
      ["exceeded", "red", 167.58, 2020],
      null,
    ]);
    // no final figure: the cell says 无数据 and nothing else (an older figure beside it judged nothing)
    expect(b!.cells.map((x) => x && [x.status, x.color, x.value, x.year])).toEqual([["no_data", "grey", null, null], null, ["on_track", "green", 180, 2025]]);
    // the final evaluation used 2019 (T−1): that figure, not the later latest one
    expect(c!.cells[1]).toMatchObject({ status: "achieved", value: 90, year: 2019 });
    expect([a!.worst, b!.worst, c!.worst]).toEqual(["not_achieved", "on_track", "achieved"]);
  });

  it("cut by maxRows: worst rows first (ties keep plan order), the rest counted", () => {
    const m = buildHeatMatrix(entries, 2026, { maxRows: 2 });
    expect(m.rows.map((r) => r.adcode)).toEqual(["A", "B"]);
    expect(m.hiddenRows).toBe(1);
    const m1 = buildHeatMatrix([entry("X", "pop", 2020, "no_data"), entry("Y", "pop", 2020, "achieved"), entry("Z", "pop", 2020, "no_data")], 2026, {
      maxRows: 2,
    });
    expect(m1.rows.map((r) => r.adcode)).toEqual(["Y", "X"]);
  });

  it("cut by maxColumns: the earliest target years stay, later cells are left out", () => {
    const m = buildHeatMatrix(entries, 2026, { maxColumns: 2 });
    expect(m.columns.map((c) => c.key)).toEqual(["pop@2020", "land@2020"]);
    expect(m.hiddenColumns).toBe(1);
    // B's 2030 target is hidden: only its 2020 cell is left, and its worst status with it
    expect(m.rows[1]!.cells.map((x) => x?.status ?? null)).toEqual(["no_data", null]);
    expect(m.rows[1]!.worst).toBe("no_data");
  });

  it("is empty without entries", () => {
    expect(buildHeatMatrix([], 2026)).toEqual({ columns: [], groups: [], rows: [], hiddenRows: 0, hiddenColumns: 0 });
  });
});

describe("groupByTargetYear", () => {
  it("splits 2020 (final) from 2030 (schedule) with counts", () => {
    const g = groupByTargetYear(
      [
        { targetYear: 2030, status: "at_risk" },
        { targetYear: 2020, status: "exceeded" },
        { targetYear: 2020, status: "no_data" },
      ],
      2026,
    );
    expect(g.map((x) => [x.targetYear, x.phase, x.total, x.counts.exceeded, x.counts.no_data, x.counts.at_risk])).toEqual([
      [2020, "final", 2, 1, 1, 0],
      [2030, "schedule", 1, 0, 0, 1],
    ]);
  });
});
