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
  // one pass: the overview rebuilds this after every write that touches a target
  const byYear = new Map<number, TargetYearGroup>();
  for (const e of entries) {
    let group = byYear.get(e.targetYear);
    if (!group) {
      group = { targetYear: e.targetYear, phase: phaseOf(e.targetYear, evaluationYear), total: 0, counts: countStatuses([]) };
      byYear.set(e.targetYear, group);
    }
    group.total += 1;
    group.counts[e.status] += 1;
  }
  return [...byYear.values()].sort((a, b) => a.targetYear - b.targetYear);
}
