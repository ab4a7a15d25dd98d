// Aggregating target statuses: counts for the overview chips, the "worst" status that
// colours a city on the map, and the roll-up of the targets linked to a goal (with its
// sub-goals). Pure: statuses in, plain objects out.

import { statusColor } from "./status";
import type { ProgressStatus, StatusColor } from "./types";

/** Display order of statuses: judged good → judged bad → not judged. */
export const STATUS_ORDER: readonly ProgressStatus[] = [
  "achieved",
  "within_cap",
  "nearly_achieved",
  "on_track",
  "at_risk",
  "off_track",
  "not_achieved",
  "exceeded",
  "no_baseline",
  "no_data",
];

/**
 * Severity used to pick the worst status (higher = worse). Among the red statuses a
 * missed final target outranks a breached ceiling, which outranks a schedule lag; not
 * judged (no_baseline, no_data) ranks below every judged status, so a city with one
 * judged target and one without data takes the judged colour.
 */
const SEVERITY: Readonly<Record<ProgressStatus, number>> = {
  no_data: 0,
  no_baseline: 1,
  achieved: 2,
  within_cap: 3,
  on_track: 4,
  nearly_achieved: 5,
  at_risk: 6,
  off_track: 7,
  exceeded: 8,
  not_achieved: 9,
};

/** Severity of a status (see SEVERITY); higher is worse. */
export function statusSeverity(status: ProgressStatus): number {
  return SEVERITY[status];
}

/** The worst of some statuses (see SEVERITY); null for an empty list. */
export function worstStatus(statuses: Iterable<ProgressStatus>): ProgressStatus | null {
  let worst: ProgressStatus | null = null;
  for (const s of statuses) if (worst === null || SEVERITY[s] > SEVERITY[worst]) worst = s;
  return worst;
}

/** How many of each status, every status present (0 when absent), in STATUS_ORDER. */
export function countStatuses(statuses: Iterable<ProgressStatus>): Record<ProgressStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const s of statuses) counts[s] += 1;
  return counts;
}

export interface Rollup {
  total: number;
  counts: Record<ProgressStatus, number>;
  /** Per traffic-light colour: green, yellow, red, grey. */
  colors: Record<StatusColor, number>;
  /** Targets with a judged status (not grey). */
  judged: number;
  worst: ProgressStatus | null;
}

/** Counts, colours and the worst status of a set of target statuses. */
export function rollupStatuses(statuses: readonly ProgressStatus[]): Rollup {
  const colors: Record<StatusColor, number> = { green: 0, yellow: 0, red: 0, grey: 0 };
  for (const s of statuses) colors[statusColor(s)] += 1;
  return { total: statuses.length, counts: countStatuses(statuses), colors, judged: statuses.length - colors.grey, worst: worstStatus(statuses) };
}

export interface GoalLinkNode {
  key: string;
  /** Targets linked to this goal itself (GoalTarget rows). */
  targetIds: readonly number[];
  children: readonly GoalLinkNode[];
}

/**
 * Roll-up per goal of the targets linked to it or to any goal below it. A target linked
 * at several levels (or to two children) is counted once per goal. Targets without an
 * evaluated status (e.g. outside the current filter) are left out.
 */
export function rollupGoals(roots: readonly GoalLinkNode[], statusOf: ReadonlyMap<number, ProgressStatus>): Map<string, Rollup> {
  const out = new Map<string, Rollup>();
  const walk = (node: GoalLinkNode): Set<number> => {
    const ids = new Set(node.targetIds);
    for (const c of node.children) for (const id of walk(c)) ids.add(id);
    const statuses = [...ids]
      .sort((a, b) => a - b)
      .flatMap((id) => {
        const s = statusOf.get(id);
        return s ? [s] : [];
      });
    out.set(node.key, rollupStatuses(statuses));
    return ids;
  };
  for (const r of roots) walk(r);
  return out;
}
