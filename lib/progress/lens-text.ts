// Words of the lens panel: why a lens is undefined, what the international categories are called.

import type { Bilingual, LensNullReason, StatcanCategory, UnsdCategory } from "./result-types";

export const NULL_REASON_TEXT: Readonly<Record<LensNullReason, Bilingual>> = {
  no_baseline: { zh: "缺基期", en: "no baseline" },
  no_later_observation: { zh: "基期后无观测", en: "no observation after the baseline" },
  target_not_after_baseline: { zh: "目标年不晚于基期年", en: "target year not after the baseline year" },
  zero_baseline_value: { zh: "基期值为0", en: "baseline value is 0" },
  negative_value: { zh: "含负值", en: "negative value" },
  non_positive_value: { zh: "含非正值", en: "non-positive value" },
  target_equals_baseline: { zh: "目标值等于基期值", en: "target equals the baseline" },
  too_few_points: { zh: "数据点不足", en: "too few points" },
  no_progress: { zh: "没有变化", en: "no change" },
  wrong_direction: { zh: "方向背离目标", en: "moving away from the target" },
  not_for_limit: { zh: "不适用于上下限类指标", en: "not defined for a limit" },
  not_for_band: { zh: "不适用于区间目标", en: "not defined for a band target" },
  not_for_cumulative: { zh: "不适用于累计类指标", en: "not defined for a cumulative target" },
};

export const UNSD_CATEGORY_TEXT: Readonly<Record<UnsdCategory, Bilingual>> = {
  on_track: { zh: "可按期实现", en: "on track" },
  fair: { zh: "有一定进展", en: "fair progress" },
  stagnation_or_regression: { zh: "停滞或倒退", en: "stagnation or regression" },
};

export const STATCAN_CATEGORY_TEXT: Readonly<Record<StatcanCategory, Bilingual>> = {
  substantial: { zh: "显著进展", en: "substantial progress" },
  moderate: { zh: "中等进展", en: "moderate progress" },
  limited: { zh: "进展有限", en: "limited progress" },
  deterioration: { zh: "恶化", en: "deterioration" },
};
