// The chart input of one evaluated target, as its card on the progress pages draws it and
// as a round's print page draws it for the 年度监测报告.
//   - cumulative: a sum over the period, not a point on the annual series: no planned
//     path, no target marker;
//   - growth_rate: the plan's compound path v_b·(1+r)^(y−b), as evaluated;
//   - otherwise the planned path runs through every target of the same indicator × region
//     in year order (lib/progress/trajectory-chain.ts): a 2020 target and a 2030 outlook
//     target give one path that bends at 2020.
import type { ChartInput } from "./chart-series";
import type { ProgressEntry } from "./entry";
import { chainTrajectory } from "./trajectory-chain";

type ChartEntry = Pick<ProgressEntry, "targetId" | "indicator" | "region" | "kind" | "targetYear" | "targetValue" | "observations"> & {
  detail: Pick<ProgressEntry["detail"], "plannedTrajectory" | "projection">;
};

export function entryChartInput(
  e: ChartEntry,
  siblings: readonly Pick<ChartEntry, "targetId" | "indicator" | "region" | "kind" | "targetYear" | "targetValue">[],
  evaluationYear: number,
  spanYears: readonly number[],
): ChartInput {
  const sameSeries = siblings.filter(
    (s) => s.targetId !== e.targetId && s.indicator === e.indicator && s.region.adcode === e.region.adcode && s.kind !== "cumulative",
  );
  return {
    observations: e.observations,
    plannedTrajectory:
      e.kind === "cumulative"
        ? []
        : e.kind === "growth_rate"
          ? e.detail.plannedTrajectory
          : chainTrajectory(
              e.detail.plannedTrajectory,
              [e, ...sameSeries].map((s) => ({ year: s.targetYear, value: s.targetValue })),
            ),
    projection: e.detail.projection,
    target: e.kind === "cumulative" ? null : { year: e.targetYear, value: e.targetValue },
    evaluationYear,
    spanYears,
  };
}
