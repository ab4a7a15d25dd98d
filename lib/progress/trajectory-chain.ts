// The planned path across successive targets of one indicator × region: from the
// baseline to the plan-period target, then on through a later (outlook, e.g. 2030)
// target. Each card's planned line shows the whole path, so the 2020 chart continues to
// 2030 and the 2030 chart bends at the 2020 target instead of cutting straight across it.

import type { YearValue } from "./types";

/**
 * Yearly points, piecewise linear through the knots [anchor, ...targets] where the anchor
 * is the first point of `planned` (the baseline; see plannedTrajectory) and targets are
 * taken in year order, only those after the anchor, one per year (the first kept).
 * Each knot's value is exact; between knots v = v_a + (v_b − v_a)·(y − a)/(b − a).
 * Without a baseline (planned empty) the path starts at the earliest target; a single
 * knot draws nothing, as plannedTrajectory does.
 */
export function chainTrajectory(planned: readonly YearValue[], targets: readonly YearValue[]): YearValue[] {
  const anchor = planned[0] ?? null;
  const later = [...targets]
    .sort((a, b) => a.year - b.year)
    .filter((t, i, all) => (anchor === null || t.year > anchor.year) && (i === 0 || all[i - 1]!.year !== t.year));
  const knots = anchor ? [anchor, ...later] : later;
  if (knots.length < 2) return [...planned];
  const points: YearValue[] = [{ year: knots[0]!.year, value: knots[0]!.value }];
  for (let k = 1; k < knots.length; k++) {
    const a = knots[k - 1]!;
    const b = knots[k]!;
    for (let year = a.year + 1; year <= b.year; year++) {
      points.push({ year, value: year === b.year ? b.value : a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year) });
    }
  }
  return points;
}
