import "server-only";
import { listIndicators } from "@/lib/data/indicators";
import { listMapRegions } from "@/lib/data/map-regions";
import { listObservations } from "@/lib/data/observations";
import { getPlanDisplay } from "@/lib/data/plans";
import { getProgressSummary, type ProgressSummary } from "@/lib/data/progress-summary";
import { buildClusterMap, type ClusterMap } from "@/lib/map/cluster-map";
import type { Frame } from "@/lib/map/projection";
import type { ProgressSummaryEntry } from "@/lib/progress/entry";
import { buildOverviewModel, type OverviewModel, type OverviewOptions } from "@/lib/progress/overview-model";
import type { Actor } from "@/lib/permissions";
import type { BaselineCard } from "@/lib/validation/plan-display";

type Reads = [
  Awaited<ReturnType<typeof listMapRegions>>,
  Awaited<ReturnType<typeof listIndicators>>,
  Awaited<ReturnType<typeof listObservations>>,
  BaselineCard[],
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

// Why memoize on the entries array: the progress cache hands out the same array for as
// long as the data version is unchanged (lib/data/progress-cache.ts), and that version
// covers everything read here too (regions, indicators, observations). So the regions,
// indicators and cluster figures are read once per version, and the model and the
// projected map built once per version and options, instead of on every page view. A
// new version (or the cache being off) gives a new array, hence a fresh read.
interface Memo {
  reads: Promise<Reads>;
  views: Map<string, { model: OverviewModel; map: ClusterMap }>;
}
const memo = new WeakMap<readonly ProgressSummaryEntry[], Memo>();

/** Everything the overview page shows, for `planSlug` as of `asOf`. Null when the plan does not exist. */
export async function getProgressOverview(
  actor: Actor,
  opts: OverviewOptions & { planSlug: string; asOf?: Date; frame: Frame },
): Promise<ProgressOverview | null> {
  const summary = await getProgressSummary(actor, { planSlug: opts.planSlug, asOf: opts.asOf });
  if (!summary) return null;
  let m = memo.get(summary.entries);
  if (!m) {
    const planArea = async () => {
      const display = await getPlanDisplay(actor, opts.planSlug);
      const cluster = display?.clusterCode ? await listObservations(actor, { region: display.clusterCode, asOf: opts.asOf }) : [];
      return [cluster, display?.baselineCards ?? []] as const;
    };
    const reads = Promise.all([listMapRegions(actor), listIndicators(actor), planArea()]).then(([regions, indicators, [cluster, cards]]): Reads => [
      regions,
      indicators,
      cluster,
      cards,
    ]);
    m = { reads, views: new Map() };
    const entry = m;
    memo.set(summary.entries, entry);
    reads.catch(() => memo.get(summary.entries) === entry && memo.delete(summary.entries)); // retry on the next view
  }
  const [regions, indicators, cluster, baselineCards] = await m.reads;
  const mapIndicator = indicators.some((i) => i.code === opts.mapIndicator) ? opts.mapIndicator : undefined;
  const key = JSON.stringify([summary.evaluationYear, opts.maxRows ?? null, opts.maxColumns ?? null, mapIndicator ?? null, opts.frame]);
  let view = m.views.get(key);
  if (!view) {
    const model = buildOverviewModel(summary.entries, summary.evaluationYear, { maxRows: opts.maxRows, maxColumns: opts.maxColumns, mapIndicator });
    view = { model, map: buildClusterMap(regions, model.cities, opts.frame) };
    m.views.set(key, view);
  }
  return { summary, ...view, indicators, cluster, baselineCards, mapIndicator };
}
