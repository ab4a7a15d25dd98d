// A round's frozen result for one target: the progress entry as evaluated at the freeze,
// kept as JSON in RoundResult.entry, and how a later (live) evaluation is compared with it.
// Pure: the data layer (lib/data/round-freeze.ts) evaluates and stores.

import { toApiEntry, type ProgressApiEntry, type ProgressEntry } from "@/lib/progress/entry";
import type { LimitLens } from "@/lib/progress/limit-types";
import type { YearValue } from "@/lib/progress/types";

/** An observation version the evaluation used (the current version of its year at the freeze). */
interface UsedObservation {
  year: number;
  value: number;
  flags: readonly string[];
  observationId: number;
  version: number;
}

/**
 * What is stored: the /api/v1/progress entry, plus what early warnings and the round page
 * read without evaluating again (names, unit, the ceiling lens, the projection) and the
 * observation versions used.
 */
export interface FrozenEntry extends ProgressApiEntry {
  indicatorNameZh: string;
  indicatorNameEn: string;
  unit: string;
  regionNameEn: string;
  limit: LimitLens | null;
  projection: YearValue[];
  observations: UsedObservation[];
}

/**
 * The frozen form of an entry. `versions` maps a statistical year to the observation
 * version current at the freeze; a year of the entry without one (it should not happen:
 * both are read as of the same moment) is kept with id 0.
 */
export function toFrozenEntry(e: ProgressEntry, versions: ReadonlyMap<number, { observationId: number; version: number }>): FrozenEntry {
  return {
    ...toApiEntry(e),
    indicatorNameZh: e.indicatorNameZh,
    indicatorNameEn: e.indicatorNameEn,
    unit: e.unit,
    regionNameEn: e.region.nameEn,
    limit: e.detail.lenses.limit,
    projection: e.detail.projection,
    observations: e.observations.map((o) => ({
      year: o.year,
      value: o.value,
      flags: [...o.flags],
      ...(versions.get(o.year) ?? { observationId: 0, version: 0 }),
    })),
  };
}

/** The /api/v1/progress shape of a frozen entry (the stored extras dropped), key order as documented. */
export function frozenApiEntry(f: FrozenEntry): ProgressApiEntry {
  return {
    targetId: f.targetId,
    indicator: f.indicator,
    region: f.region,
    targetYear: f.targetYear,
    targetValue: f.targetValue,
    targetType: f.targetType,
    kind: f.kind,
    rate: f.rate,
    baseline: f.baseline,
    latest: f.latest,
    basis: f.basis,
    completion: f.completion,
    timeShare: f.timeShare,
    lagPp: f.lagPp,
    status: f.status,
    final: f.final,
    lenses: f.lenses,
    explanation: f.explanation,
    caveats: f.caveats,
  };
}

/** The live reading of a target that differs from its frozen one. */
export interface RevisedSince {
  targetId: number;
  /** Which of status, basis, latest, completion changed. */
  changed: ("status" | "basis" | "latest" | "completion")[];
  live: Pick<ProgressApiEntry, "status" | "basis" | "latest" | "completion">;
}

const sameYearValue = (a: YearValue | null, b: YearValue | null) =>
  a === null || b === null ? a === b : a.year === b.year && Math.abs(a.value - b.value) < 1e-9;
// completion is a derived float; differences below 1e-9 are rounding, not revisions
const sameNumber = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

/**
 * How the live evaluation differs from the frozen one: null when status, the figure the
 * status rests on (basis), the latest figure and the completion are all the same. A target
 * no longer evaluated live (deleted since) is not reported.
 */
export function revisedSince(
  frozen: Pick<ProgressApiEntry, "targetId" | "status" | "basis" | "latest" | "completion">,
  live: Pick<ProgressApiEntry, "status" | "basis" | "latest" | "completion">,
): RevisedSince | null {
  const changed: RevisedSince["changed"] = [];
  if (frozen.status !== live.status) changed.push("status");
  if (!sameYearValue(frozen.basis, live.basis)) changed.push("basis");
  if (!sameYearValue(frozen.latest, live.latest)) changed.push("latest");
  if (!sameNumber(frozen.completion, live.completion)) changed.push("completion");
  if (!changed.length) return null;
  return { targetId: frozen.targetId, changed, live: { status: live.status, basis: live.basis, latest: live.latest, completion: live.completion } };
}
