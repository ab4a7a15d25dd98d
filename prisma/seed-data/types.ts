// Shapes of the plan content the seed writes. Plain data: the seed maps these onto
// Prisma rows, and the plan-text test checks every number in them against the plan.

export type GoalKind =
  | "overall_goal" // 2020 总体目标
  | "goal_area" // one of the three 2020 目标 areas
  | "outlook" // 2030 远期展望
  | "positioning_overall" // 总体定位
  | "positioning" // one of the five 发展定位
  | "spatial_structure" // 一轴两带、双核三区 as a whole
  | "axis"
  | "belt"
  | "core"
  | "zone"
  | "cooperation_group" // 专栏3
  | "category" // chapters 4–9 (第四章 … 第九章)
  | "section"; // their 节

export interface GoalRegionSeed {
  adcode: string;
  /** The name exactly as the plan writes it (e.g. 开县 for today's 开州区). */
  labelZh: string;
}

export interface GoalSeed {
  /** Stable key, unique within the plan, e.g. "goal-2020.urban-system" */
  key: string;
  kind: GoalKind;
  titleZh: string;
  titleEn: string;
  textZh?: string;
  textEn?: string;
  /** Year the goal is set for (2020 or 2030), when it has one. */
  year?: number;
  /** Where in the plan it comes from, e.g. "第二章第三节", "专栏3". */
  clause?: string;
  regions?: GoalRegionSeed[];
  children?: GoalSeed[];
}

export type RegionRoleKind = "core_city" | "regional_centre" | "node_city";

export interface RegionRoleSeed {
  adcode: string;
  role: RegionRoleKind;
  /** Name as written in the plan (万州, 开县 …). */
  labelZh: string;
  /** Role or function-positioning text as written in the plan. */
  textZh: string;
  textEn: string;
  clause: string;
}

type TargetType = "min" | "max" | "approx";
type IndicatorAttribute = "binding" | "expected"; // 约束性 / 预期性

export interface IndicatorSeed {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Canonical unit: every stored value of this indicator is in it. */
  unit: string;
  definitionZh: string;
  definitionEn: string;
  attribute: IndicatorAttribute | null;
}

export interface TargetSeed {
  indicator: string;
  adcode: string;
  year: number;
  /** In the indicator's unit. */
  value: number;
  type: TargetType;
  tolerancePct?: number;
  baseline?: { year: number; value: number };
  clause: string;
}

export interface BaselineObservationSeed {
  indicator: string;
  adcode: string;
  year: number;
  /** In the indicator's unit. */
  value: number;
  /** As written in the plan, e.g. 3.76 万亿元. */
  valueAsPublished: number;
  unitAsPublished: string;
  note: string;
}

export interface PlanSeed {
  slug: string;
  nameZh: string;
  nameEn: string;
  docNumber: string;
  issuingBodiesZh: string;
  issuingBodiesEn: string;
  /** ISO date */
  issueDate: string;
  periodStart: number;
  periodEnd: number;
  outlookYear: number;
  baseYear: number;
  scopeZh: string;
  scopeEn: string;
  /** Citation used as the source of observations taken from the plan itself. */
  sourceZh: string;
}
