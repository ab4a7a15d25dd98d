import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { planFacts, progressQuery, toEntry, type ProgressEntry, type ProgressRow } from "@/lib/data/progress";
import { cachedEvaluation, evaluationCache, type EvaluationCache } from "@/lib/data/progress-cache";
import { getFrozenEntries } from "@/lib/data/round-freeze";
import { roundNotFound } from "@/lib/data/rounds";
import type { FrozenEntry } from "@/lib/rounds/frozen-entry";
import { formatUnit } from "@/lib/units/format";
import { chinaYear } from "@/lib/validation/as-of";
import { evaluateWarnings, TREND_LENGTH, warningKinds, type Warning, type WarningTarget } from "@/lib/warnings/rules";

// The early-warning list (预警) of a plan: live (the current evaluation) or of a round (its
// frozen results; the live evaluation of the round's targets while it was never frozen).
// Called by GET /api/v1/warnings and the /warnings page (after their own permission check),
// and by the mail digest and the Word report, which run without a request: so it takes no
// actor and reads as a plain reader would.

/** What the rules read of a target, before its lead unit is looked up. */
type RuleTarget = Omit<WarningTarget, "leadUnit">;

/** The live evaluation's warned targets of a plan, in target order; `targets` counts them all. */
interface LiveWarned {
  targets: number;
  warned: RuleTarget[];
}

// The live list from its own evaluation cache, kept up to date incrementally like the
// summary's (lib/data/progress-cache.ts): each target keeps only what the rules read, and
// only when it warns. Built on the full evaluation, a plan of 50,000 targets did not fit
// that cache and was evaluated again, series and all, on every view (8 s).
const liveCache = evaluationCache<LiveWarned | null>("warnings.live", 200_000);

export interface WarningsOptions {
  planSlug: string;
  /** The round's frozen results instead of the live evaluation. */
  roundId?: number;
  /** Only targets this unit is assigned to (lead or support). */
  unitId?: number;
}

export interface WarningsAnswer {
  plan: string;
  roundId: number | null;
  /** live: evaluated now; frozen: the round's latest freeze. */
  source: "live" | "frozen";
  evaluationYear: number;
  /** The moment evaluated: now, or the freeze. */
  asOf: string;
  warnings: Warning[];
}

const unitLabel = (unit: string) => ({ zh: formatUnit(unit, "zh"), en: formatUnit(unit, "en") });

function fromLive(e: ProgressEntry): RuleTarget {
  return {
    targetId: e.targetId,
    indicator: e.indicator,
    indicatorNameZh: e.indicatorNameZh,
    indicatorNameEn: e.indicatorNameEn,
    unitLabel: unitLabel(e.unit),
    region: e.region,
    targetYear: e.targetYear,
    targetValue: e.targetValue,
    targetType: e.targetType,
    status: e.status,
    latest: e.latest,
    completion: e.completion,
    timeShare: e.timeShare,
    lagPp: e.lagPp,
    limit: e.detail.lenses.limit,
    observations: e.observations,
  };
}

function fromFrozen(f: FrozenEntry): RuleTarget {
  return {
    targetId: f.targetId,
    indicator: f.indicator,
    indicatorNameZh: f.indicatorNameZh,
    indicatorNameEn: f.indicatorNameEn,
    unitLabel: unitLabel(f.unit),
    region: { adcode: f.region.adcode, nameZh: f.region.nameZh, nameEn: f.regionNameEn },
    targetYear: f.targetYear,
    targetValue: f.targetValue,
    targetType: f.targetType,
    status: f.status,
    latest: f.latest,
    completion: f.completion,
    timeShare: f.timeShare,
    lagPp: f.lagPp,
    // results frozen before these fields were kept lack them
    limit: f.limit ?? null,
    observations: f.observations ?? [],
  };
}

/** The evaluated targets the rules read, with the moment and year they were evaluated. */
async function evaluatedTargets(
  opts: WarningsOptions,
  instanceCache?: EvaluationCache<LiveWarned | null>,
): Promise<{ plan: string; source: "live" | "frozen"; asOf: Date; evaluationYear: number; targets: RuleTarget[] }> {
  let planSlug = opts.planSlug;
  let only: Set<number> | null = null;
  if (opts.roundId !== undefined) {
    const round = await prisma.round.findUnique({
      where: { id: opts.roundId },
      select: { plan: { select: { slug: true } }, targets: { select: { targetId: true } } },
    });
    if (!round) throw roundNotFound(opts.roundId);
    planSlug = round.plan.slug;
    const frozen = await getFrozenEntries(opts.roundId);
    if (frozen)
      return { plan: planSlug, source: "frozen", asOf: frozen.frozenAt, evaluationYear: chinaYear(frozen.frozenAt), targets: frozen.entries.map(fromFrozen) };
    only = new Set(round.targets.map((t) => t.targetId));
  }
  const asOf = new Date();
  const evaluationYear = chinaYear(asOf);
  const live = await liveWarned(planSlug, evaluationYear, instanceCache);
  if (!live) throw new AppError("NOT_FOUND", msg(`没有规划“${planSlug}”`, `No plan "${planSlug}"`));
  const targets = only ? live.warned.filter((t) => only.has(t.targetId)) : live.warned;
  return { plan: planSlug, source: "live", asOf, evaluationYear, targets };
}

/** The plan's targets that warn as the data stand (null: no such plan). */
function liveWarned(planSlug: string, evaluationYear: number, instanceCache?: EvaluationCache<LiveWarned | null>): Promise<LiveWarned | null> {
  return cachedEvaluation<ProgressRow, RuleTarget | null, LiveWarned | null>({
    cache: instanceCache ?? liveCache,
    key: JSON.stringify(["warnings", planSlug]),
    asOf: undefined,
    evaluationYear,
    query: (only) => progressQuery({ planSlug }, undefined, only),
    item: (row, first) => {
      const t = fromLive(toEntry(row, planFacts(first), evaluationYear));
      if (warningKinds({ ...t, leadUnit: null }, { evaluationYear }).length === 0) return null;
      // the trend is all the rules read of the series
      return { ...t, observations: t.observations.slice(-TREND_LENGTH) };
    },
    assemble: (first, items) => (first ? { targets: items.length, warned: items.filter((t) => t !== null) } : null),
    // the per-target bookkeeping of every target, and the warned ones in full
    cost: (v) => Math.max(1, v ? Math.ceil(v.targets / 10) + v.warned.length : 0),
  });
}

/** The early-warning list; see WarningsOptions. NOT_FOUND for an unknown plan or round. */
export async function listWarnings(opts: WarningsOptions, instanceCache?: EvaluationCache<LiveWarned | null>): Promise<WarningsAnswer> {
  const ev = await evaluatedTargets(opts, instanceCache);
  // the plan's assignments, not an IN list of every target id (50,000 of them at bench scale)
  const ids = new Set(ev.targets.map((t) => t.targetId));
  const assignments = (
    await prisma.targetUnit.findMany({
      where: { target: { plan: { slug: ev.plan } } },
      select: { targetId: true, unitId: true, role: true, unit: { select: { id: true, nameZh: true, nameEn: true } } },
    })
  ).filter((a) => ids.has(a.targetId));
  const lead = new Map(assignments.filter((a) => a.role === "lead").map((a) => [a.targetId, a.unit]));
  const ofUnit = opts.unitId === undefined ? null : new Set(assignments.filter((a) => a.unitId === opts.unitId).map((a) => a.targetId));
  const targets = ev.targets.filter((t) => !ofUnit || ofUnit.has(t.targetId)).map((t) => ({ ...t, leadUnit: lead.get(t.targetId) ?? null }));
  return {
    plan: ev.plan,
    roundId: opts.roundId ?? null,
    source: ev.source,
    evaluationYear: ev.evaluationYear,
    asOf: ev.asOf.toISOString(),
    warnings: evaluateWarnings(targets, { evaluationYear: ev.evaluationYear }),
  };
}
