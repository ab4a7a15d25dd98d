import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { evaluationCache, stampedEvaluation, type EvaluationCache, type Stamped } from "@/lib/data/progress-cache";
import { planFacts, planInfo, progressQuery, toEntry, type ProgressPlanInfo, type ProgressRow } from "@/lib/data/progress";
import type { Actor } from "@/lib/permissions";
import { chinaYear } from "@/lib/validation/as-of";
import { toSummaryEntry, type ProgressSummaryEntry } from "@/lib/progress/entry";

export interface ProgressSummary {
  asOf: string;
  evaluationYear: number;
  plan: ProgressPlanInfo;
  entries: ProgressSummaryEntry[];
}

// Compact entries (~200 bytes each): room for several whole plans of 50,000 targets.
const cache = evaluationCache<Omit<ProgressSummary, "asOf"> | null>("progress.summary", 200_000);

/**
 * Every target of a plan evaluated as of `asOf`, in compact form: what the overview,
 * the map and the goal roll-ups need. Same evaluation and cache rules as getProgress;
 * only the compact entries are kept, so a plan of any size stays cheap to hold.
 */
export async function getProgressSummary(
  actor: Actor,
  opts: { planSlug: string; asOf?: Date },
  instanceCache?: EvaluationCache<Omit<ProgressSummary, "asOf"> | null>,
): Promise<ProgressSummary | null> {
  return (await getStampedProgressSummary(actor, opts, instanceCache)).summary;
}

/**
 * getProgressSummary with the stamp of the data it is exact for (see stampedEvaluation):
 * reads memoized beside the summary under the same stamp are as fresh as it is. The
 * entries array stays the same object while no target is touched, even across writes.
 */
export async function getStampedProgressSummary(
  actor: Actor,
  opts: { planSlug: string; asOf?: Date },
  instanceCache?: EvaluationCache<Omit<ProgressSummary, "asOf"> | null>,
): Promise<{ summary: ProgressSummary | null } & Omit<Stamped<unknown>, "value">> {
  authorize(actor, "plan.read");
  const asOf = opts.asOf ?? new Date();
  const evaluationYear = chinaYear(asOf);
  const { value, stamp, since } = await stampedEvaluation<ProgressRow, ProgressSummaryEntry, Omit<ProgressSummary, "asOf"> | null>({
    cache: instanceCache ?? cache,
    key: JSON.stringify(["summary", opts.planSlug]),
    asOf: opts.asOf,
    evaluationYear,
    query: (only) => progressQuery({ planSlug: opts.planSlug }, opts.asOf, only),
    item: (row, first) => toSummaryEntry(toEntry(row, planFacts(first), evaluationYear)),
    assemble: (first, entries) => (first ? { evaluationYear, plan: planInfo(opts.planSlug, first), entries } : null),
    cost: (v) => Math.max(1, v?.entries.length ?? 0),
  });
  return { summary: value ? { ...value, asOf: asOf.toISOString() } : null, stamp, ...(since ? { since } : {}) };
}
