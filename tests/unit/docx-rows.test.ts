import { describe, expect, it } from "vitest";
import { parseFrozenEntry } from "@/lib/docx/frozen-entry";
import { groupSections, statusCounts, toDocRow, type DocEntryInput } from "@/lib/docx/rows";
import type { ProgressStatus } from "@/lib/progress/types";

const input = (targetId: number, status: ProgressStatus, units: { nameZh: string; nameEn: string }[] = []): DocEntryInput => ({
  entry: {
    targetId,
    targetValue: 65,
    targetType: "min",
    baseline: { year: 2015, value: 60.94 },
    latest: { year: 2022, value: 70.3 },
    completion: 0.875,
    status,
    explanation: { zh: `目标${targetId}的依据`, en: `why ${targetId}` },
  },
  indicator: { nameZh: "常住人口城镇化率", nameEn: "Urbanization rate", unit: "%" },
  region: { nameZh: "重庆市", nameEn: "Chongqing" },
  units,
});

const area = (nameZh: string, ids: number[]) => ({ title: { nameZh, nameEn: nameZh.toUpperCase() }, targetIds: new Set(ids) });

describe("rows of the Word report", () => {
  it.each([
    [
      "zh",
      {
        target: "不低于65%",
        baseline: "60.94% (2015)",
        latest: "70.3% (2022)",
        completion: "87.5%",
        responsible: "市发展改革委、市统计局",
        why: "目标1的依据",
      },
    ],
    ["en", { target: "at least 65%", baseline: "60.94% (2015)", latest: "70.3% (2022)", completion: "87.5%", responsible: "NDRC; Statistics", why: "why 1" }],
  ] as const)("formats a target row in %s", (locale, expected) => {
    const row = toDocRow(
      input(1, "on_track", [
        { nameZh: "市发展改革委", nameEn: "NDRC" },
        { nameZh: "市统计局", nameEn: "Statistics" },
      ]),
      locale,
    );
    expect(row).toMatchObject(expected);
  });

  it("prints a dash for what is missing", () => {
    const x = input(1, "no_data");
    const row = toDocRow({ ...x, entry: { ...x.entry, baseline: null, latest: null, completion: null } }, "zh");
    expect([row.baseline, row.latest, row.completion, row.responsible]).toEqual(["—", "—", "—", ""]);
  });

  it("counts statuses in the usual order, leaving zeros out", () => {
    expect(statusCounts([{ status: "off_track" }, { status: "achieved" }, { status: "off_track" }, { status: "no_data" }])).toEqual([
      { status: "achieved", count: 1 },
      { status: "off_track", count: 2 },
      { status: "no_data", count: 1 },
    ]);
  });

  it("groups by goal area in plan order, a target in every area it is linked to, the rest under 'other', empty areas left out", () => {
    const inputs = [input(1, "on_track"), input(2, "off_track"), input(3, "at_risk"), input(4, "achieved")];
    const sections = groupSections(inputs, [area("乙领域", [2, 1]), area("空领域", [9]), area("甲领域", [1, 3])], "zh", "其他目标");
    expect(sections.map((s) => [s.title, s.rows.map((r) => r.why)])).toEqual([
      ["乙领域", ["目标1的依据", "目标2的依据"]],
      ["甲领域", ["目标1的依据", "目标3的依据"]],
      ["其他目标", ["目标4的依据"]],
    ]);
  });

  it("reads a frozen result's entry and refuses one missing a field", () => {
    const frozen = { ...input(7, "on_track").entry, kind: "level", lenses: {}, caveats: [] };
    expect(parseFrozenEntry(frozen)).toMatchObject({ targetId: 7, status: "on_track" });
    const { explanation: _gone, ...broken } = frozen;
    expect(() => parseFrozenEntry(broken)).toThrow();
  });
});
