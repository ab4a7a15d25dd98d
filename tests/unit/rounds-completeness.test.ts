// Completeness of a monitoring round: item statuses, per-unit counts and shares, overdue.
import { describe, expect, it } from "vitest";
import { isPastDue, itemStatus, roundCompleteness, type CompletenessTargetInput } from "@/lib/rounds/completeness";

describe("itemStatus", () => {
  it.each([
    // hasObservation, submissions (newest first), status
    [true, [], "official"],
    [true, ["submitted"], "official"], // a pending revision of an existing figure is not a gap
    [false, [], "missing"],
    [false, ["submitted"], "pending"],
    [false, ["returned"], "returned"],
    [false, ["submitted", "returned"], "pending"], // resubmitted after a return
    [false, ["withdrawn", "returned"], "returned"],
    [false, ["withdrawn"], "missing"],
    [false, ["accepted"], "missing"], // accepted, then retracted
  ] as const)("%s %j → %s", (has, subs, status) => {
    expect(itemStatus(has, subs)).toBe(status);
  });
});

describe("isPastDue", () => {
  it.each([
    ["2026-03-31", "2026-03-30", false],
    ["2026-03-31", "2026-03-31", false], // the due day itself is still in time
    ["2026-03-31", "2026-04-01", true],
  ] as const)("due %s, today %s → %s", (due, today, past) => {
    expect(isPastDue(due, today)).toBe(past);
  });
});

const units = [
  { id: 1, nameZh: "统计局", nameEn: "Statistics Bureau" },
  { id: 2, nameZh: "住建厅", nameEn: "Housing Dept" },
  { id: 3, nameZh: "交通厅", nameEn: "Transport Dept" },
];
const t = (
  targetId: number,
  hasObservation: boolean,
  submissions: CompletenessTargetInput["submissions"],
  u: [number, "lead" | "support"][],
): CompletenessTargetInput => ({
  targetId,
  hasObservation,
  submissions,
  units: u.map(([unitId, role]) => ({ unitId, role })),
});

describe("roundCompleteness", () => {
  const targets = [
    t(10, true, [], [[1, "lead"]]),
    t(
      11,
      false,
      ["submitted"],
      [
        [1, "lead"],
        [2, "support"],
      ],
    ),
    t(12, false, ["returned"], [[2, "lead"]]),
    t(13, false, [], [[1, "lead"]]),
    t(14, false, [], []), // nobody assigned
  ];

  it("counts per unit (lead and support), totals once per target", () => {
    const c = roundCompleteness({ targets, units, pastDue: false, unassignedLabel: { zh: "未分配", en: "Unassigned" } });
    expect(c.targets.map((x) => [x.targetId, x.status, x.leadUnitId, x.supportUnitIds])).toEqual([
      [10, "official", 1, []],
      [11, "pending", 1, [2]],
      [12, "returned", 2, []],
      [13, "missing", 1, []],
      [14, "missing", null, []],
    ]);
    expect(c.units.map((u) => [u.unitId, u.total, u.official, u.pending, u.returned, u.missing, u.share, u.overdue])).toEqual([
      [1, 3, 1, 1, 0, 1, 1 / 3, false],
      [2, 2, 0, 1, 1, 0, 0, false],
      [3, 0, 0, 0, 0, 0, null, false], // no target in the round
      [null, 1, 0, 0, 0, 1, 0, false],
    ]);
    expect(c.units[3]!.nameEn).toBe("Unassigned");
    expect(c.totals).toEqual({ total: 5, official: 1, pending: 1, returned: 1, missing: 2, share: 0.2 });
  });

  it("past the due date, a unit owing a missing or returned figure is overdue; one with only pending ones is not", () => {
    const c = roundCompleteness({
      targets: [
        t(10, true, [], [[1, "lead"]]),
        t(11, false, ["submitted"], [[1, "lead"]]),
        t(12, false, ["returned"], [[2, "lead"]]),
        t(13, true, [], [[3, "lead"]]),
      ],
      units,
      pastDue: true,
      unassignedLabel: { zh: "未分配", en: "Unassigned" },
    });
    expect(c.units.map((u) => [u.unitId, u.overdue])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });
});
