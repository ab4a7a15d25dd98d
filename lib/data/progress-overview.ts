import "server-only";
import { listIndicators } from "@/lib/data/indicators";
import { listMapRegions } from "@/lib/data/map-regions";
import { listObservations } from "@/lib/data/observations";
import { getPlanDisplay } from "@/lib/data/plans";
import type { Stamped } from "@/lib/data/progress-cache";
import { getStampedProgressSummary, type ProgressSummary } from "@/lib/data/progress-summary";
import { buildClusterMap, recolourClusterMap, type ClusterMap } from "@/lib/map/cluster-map";
import type { Frame } from "@/lib/map/projection";
import { LruCache } from "@/lib/progress/cache-key";
import { onlyPairsOutside } from "@/lib/progress/incremental";
import type { ProgressSummaryEntry } from "@/lib/progress/entry";
import { updateOverviewModel, type OverviewModel, type OverviewOptions } from "@/lib/progress/overview-model";
import type { Actor } from "@/lib/permissions";
import type { BaselineCard } from "@/lib/validation/plan-display";

type Reads = [
  Awaited<ReturnType<typeof listMapRegions>>,
  Awaited<ReturnType<typeof listIndicators>>,
  Awaited<ReturnType<typeof listObservations>>,
  BaselineCard[],
  /** The plan area's region (whose figures `cluster` holds). */
  string | null,
];

export interface ProgressOverview {
  summary: ProgressSummary;
  model: OverviewModel;
  map: ClusterMap;
  indicators: Reads[1];
  /** Current figures of the whole plan area (the baseline beside the latest). */
  cluster: Reads[2];
  /** The plan's headline cards (Plan.baselineCards). */
  baselineCards: Reads[3];
  /** The map's indicator filter, if it names an indicator. */
  mapIndicator: string | undefined;
}

// What is memoized, and on what:
//   - the reads beside the evaluation (regions, indicators, the plan area's figures, its
//     cards) on the summary's stamp: the cache key and the change-log position
//     (lib/data/progress-cache.ts). Any write moves the position, so a figure that no
//     target reads (the whole plan area's) or a renamed region shows on the next view.
//     When the summary was brought up to date from the one they were read beside, and
//     what changed in between were figures or targets of other regions than the plan
//     area (onlyPairsOutside: the writes of a monitoring round), they are kept under the
//     new stamp instead of read again;
//   - the model, on the entries array: the progress cache hands out the same array for
//     as long as no target of the plan is touched, even across writes, so a write
//     elsewhere does not rebuild it; a write that touches a few targets updates the
//     previous model for them (50,000 targets built afresh: a few hundred ms);
//   - the projected map, on both (the regions of the reads, the cities of the model);
//     a model brought up to date recolours its predecessor's map when the reads are the
//     same (recolourClusterMap), rather than placing every city again.
// Without a stamp (cache off, or read while another write was in progress) nothing is
// memoized: a fresh read every time.
interface ReadsMemo {
  reads: Promise<Reads>;
  maps: WeakMap<OverviewModel, ClusterMap>;
}
const readsByStamp = new LruCache<ReadsMemo>(16);
const models = new WeakMap<readonly ProgressSummaryEntry[], Map<string, OverviewModel>>();
// the newest model per plan and options: after a write that touched a few targets, the
// next model is that one brought up to date (updateOverviewModel), not built afresh
const lastModels = new LruCache<{ entries: readonly ProgressSummaryEntry[]; model: OverviewModel }>(16);

async function overviewReads(actor: Actor, planSlug: string, asOf: Date | undefined, { stamp, since }: Omit<Stamped<unknown>, "value">): Promise<ReadsMemo> {
  const memoKey = stamp === null ? null : JSON.stringify([planSlug, stamp]);
  const kept = memoKey === null ? undefined : readsByStamp.get(memoKey);
  if (kept) return kept;
  const earlier = memoKey !== null && since ? readsByStamp.get(JSON.stringify([planSlug, since.stamp])) : undefined;
  if (earlier) {
    const clusterCode = await earlier.reads.then((r) => r[4]).catch(() => undefined);
    if (clusterCode !== undefined && onlyPairsOutside(since!.touched, clusterCode)) {
      readsByStamp.set(memoKey!, earlier, 1);
      return earlier;
    }
  }
  const planArea = async () => {
    const display = await getPlanDisplay(actor, planSlug);
    const cluster = display?.clusterCode ? await listObservations(actor, { region: display.clusterCode, asOf }) : [];
    return [cluster, display?.baselineCards ?? [], display?.clusterCode ?? null] as const;
  };
  const reads = Promise.all([listMapRegions(actor), listIndicators(actor), planArea()]).then(([regions, indicators, [cluster, cards, clusterCode]]): Reads => [
    regions,
    indicators,
    cluster,
    cards,
    clusterCode,
  ]);
  const memo: ReadsMemo = { reads, maps: new WeakMap() };
  if (memoKey !== null) {
    readsByStamp.set(memoKey, memo, 1);
    reads.catch(() => readsByStamp.get(memoKey) === memo && readsByStamp.delete(memoKey)); // retry on the next view
  }
  return memo;
}

/** Everything the overview page shows, for `planSlug` as of `asOf`. Null when the plan does not exist. */
export async function getProgressOverview(
  actor: Actor,
  opts: OverviewOptions & { planSlug: string; asOf?: Date; frame: Frame },
): Promise<ProgressOverview | null> {
  const { summary, ...stamped } = await getStampedProgressSummary(actor, { planSlug: opts.planSlug, asOf: opts.asOf });
  if (!summary) return null;
  const memo = await overviewReads(actor, opts.planSlug, opts.asOf, stamped);
  const [regions, indicators, cluster, baselineCards] = await memo.reads;
  const mapIndicator = indicators.some((i) => i.code === opts.mapIndicator) ? opts.mapIndicator : undefined;
  const key = JSON.stringify([summary.evaluationYear, opts.maxRows ?? null, opts.maxColumns ?? null, mapIndicator ?? null, opts.frame]);
  if (!models.has(summary.entries)) models.set(summary.entries, new Map());
  const byOptions = models.get(summary.entries)!;
  let model = byOptions.get(key);
  let last: { entries: readonly ProgressSummaryEntry[]; model: OverviewModel } | undefined;
  if (!model) {
    const lastKey = JSON.stringify([opts.planSlug, opts.asOf === undefined, key]);
    const options = { maxRows: opts.maxRows, maxColumns: opts.maxColumns, mapIndicator };
    last = lastModels.get(lastKey);
    model = updateOverviewModel(last, summary.entries, summary.evaluationYear, options);
    byOptions.set(key, model);
    lastModels.set(lastKey, { entries: summary.entries, model }, 1);
  }
  let map = memo.maps.get(model);
  if (!map) {
    // the previous model's map, recoloured where cities changed status (the same reads drew it)
    const earlier = last && memo.maps.get(last.model);
    map = (earlier && recolourClusterMap(earlier, last!.model.cities, model.cities)) ?? buildClusterMap(regions, model.cities, opts.frame);
    memo.maps.set(model, map);
  }
  return { summary, model, map, indicators, cluster, baselineCards, mapIndicator };
}
