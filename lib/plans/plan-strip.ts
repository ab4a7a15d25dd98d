// The "plan to plan" strip of the overview: an earlier plan's final results next to its
// successor's baseline and targets, for the indicators (× region) both plans carry.
// Built from data only: which plans pair up is whatever shares indicators with the
// current plan, ordered by their periods. Pure; lib/data/plan-strip.ts gathers the input.

import type { ProgressStatus, TargetKind, TargetType } from "@/lib/progress/types";

export interface YearFigure {
  year: number;
  value: number;
}

export interface StripTarget extends YearFigure {
  type: TargetType;
  kind: TargetKind;
  rate: number | null;
}

export interface StripPlanInput {
  slug: string;
  nameZh: string;
  nameEn: string;
  short: { zh: string; en: string };
  periodStart: number;
  periodEnd: number;
  /** Figures the plan states for its base year, by "indicator|region". */
  baselines: ReadonlyMap<string, YearFigure>;
  /** Its targets by "indicator|region" (the latest-year one when several). */
  targets: ReadonlyMap<string, StripTarget>;
  /** The evaluation's verdict of those targets, by "indicator|region" (final once the year has passed). */
  results: ReadonlyMap<string, { status: ProgressStatus; basis: YearFigure | null }>;
}

interface StripRow {
  indicator: string;
  region: string;
  earlier: {
    baseline: YearFigure | null;
    target: StripTarget | null;
    result: { status: ProgressStatus; basis: YearFigure | null } | null;
    observed: YearFigure | null;
  };
  later: { baseline: YearFigure | null; target: StripTarget | null };
}

export interface PlanStrip {
  earlier: Pick<StripPlanInput, "slug" | "nameZh" | "nameEn" | "short" | "periodStart" | "periodEnd">;
  later: Pick<StripPlanInput, "slug" | "nameZh" | "nameEn" | "short" | "periodStart" | "periodEnd">;
  rows: StripRow[];
}

export const stripKey = (indicator: string, region: string) => `${indicator}|${region}`;

const keysOf = (p: StripPlanInput) => new Set([...p.baselines.keys(), ...p.targets.keys()]);

/**
 * One strip per other plan that shares an indicator × region with `current` and ends in
 * another year; in each, the plan whose period ends first is "earlier". Rows follow the earlier plan's keys in the
 * order given (baselines, then targets). `observed(plan, key)` gives the figure of the
 * earlier plan's last period year when it has no target there to judge (its "final
 * result" is then the figure itself); null when there is none. No shared key: no strip.
 */
export function buildPlanStrips(
  current: StripPlanInput,
  others: readonly StripPlanInput[],
  observed: (key: string, year: number) => YearFigure | null,
): PlanStrip[] {
  const strips: PlanStrip[] = [];
  for (const other of others) {
    // a plan of the same period is a parallel plan (or a copy), not a predecessor or successor
    if (other.slug === current.slug || other.periodEnd === current.periodEnd) continue;
    const [earlier, later] = other.periodEnd < current.periodEnd ? [other, current] : [current, other];
    const laterKeys = keysOf(later);
    const shared = [...keysOf(earlier)].filter((k) => laterKeys.has(k));
    if (shared.length === 0) continue;
    strips.push({
      earlier: pick(earlier),
      later: pick(later),
      rows: shared.map((k) => {
        const [indicator, region] = k.split("|") as [string, string];
        const target = earlier.targets.get(k) ?? null;
        return {
          indicator,
          region,
          earlier: {
            baseline: earlier.baselines.get(k) ?? null,
            target,
            result: earlier.results.get(k) ?? null,
            observed: target ? null : observed(k, earlier.periodEnd),
          },
          later: { baseline: later.baselines.get(k) ?? null, target: later.targets.get(k) ?? null },
        };
      }),
    });
  }
  return strips.sort((a, b) => a.earlier.periodEnd - b.earlier.periodEnd);
}

function pick(p: StripPlanInput): PlanStrip["earlier"] {
  return { slug: p.slug, nameZh: p.nameZh, nameEn: p.nameEn, short: p.short, periodStart: p.periodStart, periodEnd: p.periodEnd };
}
