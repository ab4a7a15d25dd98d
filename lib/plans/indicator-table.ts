// A plan's indicator table in the form of a Chinese plan's 主要指标 table: one row per
// target (指标 | 基期值 | 目标值 | 年均增长/累计 | 属性 | 最新值 | 状态), grouped by the goal the
// targets serve. Pure: rows are shaped from the cached progress evaluation's entries (the
// status, latest value and baseline are the evaluation's, never recomputed here).

import type { ProgressEntry } from "@/lib/progress/entry";

type IndicatorAttribute = "binding" | "expected";

export type TableEntry = Pick<
  ProgressEntry,
  | "targetId"
  | "indicator"
  | "indicatorNameZh"
  | "indicatorNameEn"
  | "unit"
  | "region"
  | "targetYear"
  | "targetValue"
  | "targetType"
  | "kind"
  | "rate"
  | "baseline"
  | "latest"
  | "status"
  | "completion"
>;

export interface TableGoal {
  key: string;
  titleZh: string;
  titleEn: string;
  /** The goal's place in the plan (smaller first). */
  sortOrder: number;
}

export interface IndicatorTableRow extends TableEntry {
  /** 约束性 / 预期性 as the indicator is classed; null when the plan does not say. */
  attribute: IndicatorAttribute | null;
  /** False for a target of one city of the area: the row then names its region. */
  wholeArea: boolean;
}

export interface IndicatorTableGroup {
  /** The goal's key; "" for targets no goal names. */
  key: string;
  title: { zh: string; en: string } | null;
  rows: IndicatorTableRow[];
}

export interface IndicatorTableInput {
  entries: readonly TableEntry[];
  /** The plan's whole area (e.g. CHENGYU); null when the plan names none. */
  clusterCode: string | null;
  attributes: ReadonlyMap<string, IndicatorAttribute | null>;
  /** The goals each target serves (any order). */
  goalsByTarget: ReadonlyMap<number, readonly TableGoal[]>;
}

/**
 * The plan-level (whole-area) targets, grouped under the first goal (in the plan's order)
 * each one serves; groups in the plan's goal order, targets without a goal last. A plan
 * with no whole-area target at all (the 2016 plan's targets are all for cities) shows
 * every target instead, each row naming its region. Within a group rows keep the
 * evaluation's order.
 */
export function buildIndicatorTable(input: IndicatorTableInput): IndicatorTableGroup[] {
  const whole = input.entries.filter((e) => e.region.adcode === input.clusterCode);
  const chosen = whole.length > 0 ? whole : input.entries;
  const groups = new Map<string, IndicatorTableGroup & { order: number }>();
  for (const e of chosen) {
    const goal = [...(input.goalsByTarget.get(e.targetId) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder)[0];
    const key = goal?.key ?? "";
    let g = groups.get(key);
    if (!g) {
      g = { key, title: goal ? { zh: goal.titleZh, en: goal.titleEn } : null, rows: [], order: goal?.sortOrder ?? Number.POSITIVE_INFINITY };
      groups.set(key, g);
    }
    g.rows.push({ ...e, attribute: input.attributes.get(e.indicator) ?? null, wholeArea: e.region.adcode === input.clusterCode });
  }
  return [...groups.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...g }) => g);
}
