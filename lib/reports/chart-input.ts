// What one report chart draws for an indicator × region: the status it is titled by, and
// the chart input built from it. The planned path runs through every target of the pair
// in year order (lib/progress/trajectory-chain.ts), as on the indicator pages: a report
// holding the 2020 target and a 2030 outlook target shows one path that bends at 2020
// and continues to 2030, not a line that stops at 2020.

import type { ChartInput } from "@/lib/progress/chart-series";
import { chainTrajectory } from "@/lib/progress/trajectory-chain";
import type { YearValue } from "@/lib/progress/types";

export interface ChartStatusInput {
  /** A cumulative target is a sum over the period, not a point on the annual series. */
  kind?: string;
  targetYear: number;
  targetValue: number;
  plannedTrajectory: readonly YearValue[];
  projection: readonly YearValue[];
}

export interface ChartGroupInput<S extends ChartStatusInput> {
  figures: readonly (YearValue & { flags: readonly string[] })[];
  /** Targets of the pair, earliest target year first. */
  statuses: readonly S[];
}

/**
 * The status a chart is titled by is the first target not yet history at `asOfYear`
 * (else the last one); the planned path starts at that status's baseline and passes
 * through every target of the pair. No targets: figures only. `show` switches the planned
 * path and the projection off as the report's selection asks.
 */
export function reportChartInput<S extends ChartStatusInput>(
  group: ChartGroupInput<S>,
  asOfYear: number,
  show: { trajectory: boolean; projection: boolean },
  spanYears?: readonly number[],
): { status: S | undefined; input: ChartInput } {
  const status = group.statuses.find((s) => s.targetYear >= asOfYear) ?? group.statuses.at(-1);
  const levels = group.statuses.filter((s) => s.kind !== "cumulative");
  const planned =
    status && status.kind !== "cumulative" && show.trajectory
      ? chainTrajectory(
          status.plannedTrajectory,
          levels.map((s) => ({ year: s.targetYear, value: s.targetValue })),
        )
      : [];
  return {
    status,
    input: {
      observations: group.figures.map((f) => ({ year: f.year, value: f.value, flags: f.flags })),
      target: status && status.kind !== "cumulative" ? { year: status.targetYear, value: status.targetValue } : null,
      plannedTrajectory: planned,
      projection: (show.projection ? status?.projection : null) ?? [],
      spanYears,
    },
  };
}
