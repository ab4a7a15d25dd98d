// evaluateTarget as a whole: how the parts combine, status colours and labels, caveats,
// and the module's purity rules.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateTarget } from "@/lib/progress/evaluate";
import { STATUS_LABELS, statusColor, statusLabel } from "@/lib/progress/status";
import { type ObservationFlag, type ProgressInput, type ProgressStatus, type TargetType } from "@/lib/progress/types";

function input(type: TargetType, target: [number, number], obs: [number, number, ObservationFlag[]?][], evaluationYear: number): ProgressInput {
  return {
    target: { year: target[0], value: target[1], type },
    plan: { baseYear: 2014, startYear: 2016, outlookYear: 2030 },
    observations: obs.map(([year, value, flags]) => ({ year, value, flags: flags ?? [] })),
    evaluationYear,
    unit: { zh: "万人", en: "万人" },
  };
}

describe("statusColor and labels", () => {
  it.each([
    ["achieved", "green", "已完成", "Achieved"],
    ["on_track", "green", "序时推进", "On track"],
    ["at_risk", "yellow", "有风险", "At risk"],
    ["off_track", "red", "滞后", "Off track"],
    ["not_achieved", "red", "未完成", "Not achieved"],
    ["exceeded", "red", "超出上限", "Exceeded (ceiling)"],
    ["no_baseline", "grey", "缺基期", "No baseline"],
    ["no_data", "grey", "无数据", "No data"],
  ] as const)("%s → %s, %s / %s", (status, color, zh, en) => {
    expect(statusColor(status)).toBe(color);
    expect(STATUS_LABELS[status]).toEqual({ zh, en });
    expect([statusLabel(status, "zh"), statusLabel(status, "en")]).toEqual([zh, en]);
  });

  it("every status has a label", () => {
    const all: ProgressStatus[] = [
      "achieved",
      "nearly_achieved",
      "within_cap",
      "on_track",
      "at_risk",
      "off_track",
      "not_achieved",
      "exceeded",
      "no_baseline",
      "no_data",
    ];
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...all].sort());
  });
});

describe("overall status = schedule before T, final after T", () => {
  it.each([
    // type, target, observations, evaluation year, status, schedule, final
    [
      "min",
      [2020, 200],
      [
        [2014, 111.59],
        [2018, 161.97],
      ],
      2019,
      "on_track",
      "on_track",
      null,
    ],
    [
      "min",
      [2020, 200],
      [
        [2014, 111.59],
        [2018, 161.97],
        [2020, 190],
      ],
      2020,
      "at_risk",
      "at_risk",
      null,
    ], // 2020 = T: still schedule (c 88.7 %, s 100 %, lag 11.3)
    [
      "min",
      [2020, 200],
      [
        [2014, 111.59],
        [2020, 141.97],
      ],
      2021,
      "not_achieved",
      null,
      "not_achieved",
    ],
    [
      "max",
      [2020, 150],
      [
        [2014, 113.17],
        [2020, 167.58],
      ],
      2021,
      "exceeded",
      null,
      "exceeded",
    ],
    [
      "max",
      [2020, 150],
      [
        [2014, 113.17],
        [2018, 167.58],
      ],
      2019,
      "exceeded",
      "exceeded",
      null,
    ],
    ["min", [2020, 200], [], 2019, "no_data", "no_data", null],
    ["min", [2020, 200], [], 2021, "no_data", null, "no_data"],
    ["min", [2020, 200], [[2018, 150]], 2019, "no_baseline", "no_baseline", null],
  ] as const)("%s %j, obs %j, as of %i → %s", (type, target, obs, year, status, schedule, final) => {
    const r = evaluateTarget(
      input(
        type,
        [...target],
        obs.map(([y, v]) => [y, v]),
        year,
      ),
    );
    expect(r.status).toBe(status);
    expect(r.schedule).toBe(schedule);
    expect(r.final?.status ?? null).toBe(final);
  });

  it("a max target mirrors a min one end to end (reduction 200 → 100 vs growth 100 → 200)", () => {
    for (const v of [110, 120, 130, 140, 150, 160, 200, 210]) {
      const up = evaluateTarget(
        input(
          "min",
          [2020, 200],
          [
            [2014, 100],
            [2017, v],
          ],
          2018,
        ),
      );
      const down = evaluateTarget(
        input(
          "max",
          [2020, 100],
          [
            [2014, 200],
            [2017, 300 - v],
          ],
          2018,
        ),
      );
      expect(down.status).toBe(up.status);
      expect(down.completion).toBeCloseTo(up.completion ?? Number.NaN, 10);
      expect(down.lenses.escap?.score).toBeCloseTo(up.lenses.escap?.score ?? Number.NaN, 10);
    }
  });
});

describe("result contents", () => {
  const r = evaluateTarget(
    input(
      "min",
      [2020, 200],
      [
        [2018, 161.97],
        [2014, 111.59],
        [2016, 135],
      ],
      2019,
    ),
  );

  it("baseline, latest, lenses and chart series are filled", () => {
    expect(r.baseline).toEqual({ year: 2014, value: 111.59, source: "base_year", flags: [] });
    expect(r.latest).toEqual({ year: 2018, value: 161.97, flags: [] });
    expect(r.lenses.linear?.points).toBe(3);
    expect(r.projectionMethod).toBe("cagr");
    expect(r.projection[0]).toEqual({ year: 2018, value: 161.97 });
    expect(r.projection.at(-1)?.year).toBe(2030);
    expect(r.plannedTrajectory).toHaveLength(7);
    expect(r.thresholds).toEqual({ onTrackLagPp: 10, atRiskLagPp: 30, ceilingMarginPp: 10, nearlyAchievedPct: 95 });
  });

  it("is deterministic and does not mutate its input", () => {
    const i = input(
      "max",
      [2020, 150],
      [
        [2020, 167.58],
        [2014, 113.17],
      ],
      2021,
    );
    const copy = structuredClone(i);
    expect(evaluateTarget(i)).toEqual(evaluateTarget(i));
    expect(i).toEqual(copy);
  });
});

describe("caveats from observation flags", () => {
  it.each([
    ["no flags", [[], []], []],
    ["low confidence baseline", [["low_confidence"], []], ["low_confidence"]],
    ["definition differs latest", [[], ["definition_differs"]], ["definition_differs"]],
    ["both, fixed order", [["low_confidence"], ["definition_differs", "low_confidence"]], ["definition_differs", "low_confidence"]],
    ["other flags are not caveats", [["provisional", "estimated"], ["break_in_series"]], []],
  ] as const)("%s", (_label, [bFlags, tFlags], caveats) => {
    const r = evaluateTarget(
      input(
        "min",
        [2020, 200],
        [
          [2014, 100, [...bFlags]],
          [2018, 150, [...tFlags]],
        ],
        2019,
      ),
    );
    expect(r.caveats).toEqual(caveats);
    expect(r.explanation.zh.includes("口径不一致")).toBe(caveats.includes("definition_differs" as never));
    expect(r.explanation.en.includes("low-confidence source")).toBe(caveats.includes("low_confidence" as never));
  });

  it("observations not reported (middle years) do not add caveats", () => {
    const r = evaluateTarget(
      input(
        "min",
        [2020, 200],
        [
          [2014, 100],
          [2016, 120, ["low_confidence"]],
          [2018, 150],
        ],
        2019,
      ),
    );
    expect(r.caveats).toEqual([]);
  });

  it("after T, the final-evaluation observation's flags count", () => {
    const r = evaluateTarget(
      input(
        "min",
        [2020, 200],
        [
          [2020, 150, ["definition_differs"]],
          [2022, 210],
        ],
        2023,
      ),
    );
    expect(r.caveats).toEqual(["definition_differs"]);
    expect(r.latest?.year).toBe(2022);
  });
});

describe("module rules", () => {
  const dir = path.resolve(import.meta.dirname, "../../lib/progress");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

  it.each(files)("%s: no framework/database imports, no clock", (file) => {
    const src = readFileSync(path.join(dir, file), "utf8");
    const imports = [...src.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    // siblings only, and the one pure library the cost-bounded LRU map is built on
    for (const spec of imports) expect(spec).toMatch(/^(\.\/|lru-cache$)/);
    expect(src).not.toMatch(/Date\.now|new Date\(/);
    expect(src.split("\n").length).toBeLessThanOrEqual(210);
  });
});
