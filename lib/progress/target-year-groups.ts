// The overview's split of targets by target year: years already passed get a final
// evaluation (终期评估), years ahead are judged against schedule (序时进度).

import type { ProgressEntry } from "./entry";
import { phaseOf, type Phase } from "./heat-matrix";
import { countStatuses } from "./rollup";
import type { ProgressStatus } from "./types";

export interface TargetYearGroup {
  targetYear: number;
  phase: Phase;
  total: number;
  counts: Record<ProgressStatus, number>;
}

/** One group per target year, ascending, with its status counts. */
export function groupByTargetYear(entries: readonly Pick<ProgressEntry, "targetYear" | "status">[], evaluationYear: number): TargetYearGroup[] {
  const years = [...new Set(entries.map((e) => e.targetYear))].sort((a, b) => a - b);
  return years.map((targetYear) => {
    const list = entries.filter((e) => e.targetYear === targetYear);
    return { targetYear, phase: phaseOf(targetYear, evaluationYear), total: list.length, counts: countStatuses(list.map((e) => e.status)) };
  });
}
