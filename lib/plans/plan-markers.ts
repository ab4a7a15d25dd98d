// The targets of every plan for one indicator × region, as markers on one time line:
// the 2016 plan's 2020 target and the 2021 纲要's 2025 target on the same chart, each
// labelled with its plan and year. Pure; lib/data/plan-targets.ts reads the targets.

import type { TargetKind, TargetType } from "@/lib/progress/types";

export interface PlanTargetInput {
  plan: { slug: string; short: { zh: string; en: string }; issueYear: number };
  region: string;
  year: number;
  /** The level in `year` (for rate targets the implied level), in the indicator's unit. */
  value: number;
  type: TargetType;
  kind: TargetKind;
}

export interface PlanMarker {
  plan: string;
  /** "2016年规划 · 2020年" / "2016 plan · 2020". */
  label: { zh: string; en: string };
  year: number;
  value: number;
  type: TargetType;
  /** The plan the page is about: its marker is the chart's own target diamond. */
  current: boolean;
  /** Colour slot of the plan, 0 for the earliest plan with a marker here (CSS --chart-plan-N). */
  slot: number;
}

/**
 * Markers for `region`, ordered by year then plan. A cumulative target is a sum over its
 * period, not a point on the annual series, so it has no marker. Slots follow the plans'
 * issue order, so the same plan keeps its colour on every chart of the page when all of
 * them carry the same plans.
 */
export function planMarkers(targets: readonly PlanTargetInput[], region: string, currentPlan: string): PlanMarker[] {
  const mine = targets.filter((t) => t.region === region && t.kind !== "cumulative");
  const plans = [...new Map(mine.map((t) => [t.plan.slug, t.plan])).values()].sort((a, b) => a.issueYear - b.issueYear || a.slug.localeCompare(b.slug));
  const slot = new Map(plans.map((p, i) => [p.slug, i]));
  return mine
    .map((t) => ({
      plan: t.plan.slug,
      label: { zh: `${t.plan.short.zh} · ${t.year}年`, en: `${t.plan.short.en} · ${t.year}` },
      year: t.year,
      value: t.value,
      type: t.type,
      current: t.plan.slug === currentPlan,
      slot: slot.get(t.plan.slug)!,
    }))
    .sort((a, b) => a.year - b.year || a.slot - b.slot);
}

/** Whether a chart needs the plan markers at all: some other plan has a target there. */
export const hasOtherPlans = (markers: readonly PlanMarker[]) => markers.some((m) => !m.current);
