// Pure rules of incremental evaluation (lib/data/progress-cache.ts): which cached targets
// a batch of changes touches, and how freshly evaluated targets replace them.
//
// A change names an (indicator, region) pair; a null side means "every" (an indicator's
// unit or names changed: all its regions; a region's names: all its indicators; both
// null: everything, e.g. a plan's thresholds). A target's evaluation depends only on its
// own (indicator, region) series, its own row, its indicator, its region and its plan.

export interface Change {
  indicatorId: number | null;
  regionAdcode: string | null;
}

/** The changes, sorted into what they touch. */
export interface Touched {
  all: boolean;
  pairs: Set<string>;
  indicators: Set<number>;
  regions: Set<string>;
}

const pairKey = (indicatorId: number, regionAdcode: string) => `${indicatorId}|${regionAdcode}`;

export function touchedBy(changes: readonly Change[]): Touched {
  const t: Touched = { all: false, pairs: new Set(), indicators: new Set(), regions: new Set() };
  for (const c of changes) {
    if (c.indicatorId === null && c.regionAdcode === null) t.all = true;
    else if (c.regionAdcode === null) t.indicators.add(c.indicatorId!);
    else if (c.indicatorId === null) t.regions.add(c.regionAdcode);
    else t.pairs.add(pairKey(c.indicatorId, c.regionAdcode));
  }
  return t;
}

/** The touched pairs as [indicatorId, regionAdcode]. */
export function pairsOf(t: Touched): [number, string][] {
  return [...t.pairs].map((key) => {
    const bar = key.indexOf("|");
    return [Number(key.slice(0, bar)), key.slice(bar + 1)];
  });
}

export function touches(t: Touched, indicatorId: number, regionAdcode: string): boolean {
  return toucher(t)(indicatorId, regionAdcode);
}

/**
 * `touches` for one `t` and many targets: the pairs grouped by indicator, so a target
 * costs a few set lookups and no key string (a merge tests all 50,000 cached targets).
 */
function toucher(t: Touched): (indicatorId: number, regionAdcode: string) => boolean {
  if (t.all) return () => true;
  const pairs = pairsByIndicator(t);
  return (indicatorId, regionAdcode) => t.indicators.has(indicatorId) || t.regions.has(regionAdcode) || (pairs.get(indicatorId)?.has(regionAdcode) ?? false);
}

/**
 * True when `t` names (indicator, region) pairs only, none of region `adcode`: figures or
 * targets were written elsewhere, and no indicator, region or plan changed. What was read
 * of indicators, regions, plans and `adcode`'s figures is then still what they are.
 */
export function onlyPairsOutside(t: Touched, adcode: string | null): boolean {
  if (t.all || t.indicators.size > 0 || t.regions.size > 0) return false;
  return pairsOf(t).every(([, region]) => region !== adcode);
}

/** The touched pairs, grouped by indicator. */
function pairsByIndicator(t: Touched): Map<number, Set<string>> {
  const pairs = new Map<number, Set<string>>();
  for (const [indicatorId, region] of pairsOf(t)) {
    if (!pairs.has(indicatorId)) pairs.set(indicatorId, new Set());
    pairs.get(indicatorId)!.add(region);
  }
  return pairs;
}

/** One evaluated target as the cache keeps it. */
export interface Evaluated<I> {
  targetId: number;
  indicatorId: number;
  regionAdcode: string;
  item: I;
}

// The indicator of every cached target as one typed array per cached array, built once
// and handed on to the merged array: the scan for touched targets reads 200 kB in a row
// instead of 50,000 objects scattered over the heap (7 ms in the serving process).
const indicatorColumns = new WeakMap<readonly Evaluated<unknown>[], Int32Array>();

function indicatorColumn(items: readonly Evaluated<unknown>[]): Int32Array {
  let column = indicatorColumns.get(items);
  if (!column) {
    column = Int32Array.from(items, (i) => i.indicatorId);
    indicatorColumns.set(items, column);
  }
  return column;
}

/** Indicator ids up to this are flagged in a byte array (1 MB at most); with a larger one, every target is looked up in the Map. */
const MAX_FLAGGED_ID = 1 << 20;

/** The positions in `cached` of the touched targets, ascending. */
function touchedSlots<I>(cached: readonly Evaluated<I>[], t: Touched): number[] {
  const hits: number[] = [];
  if (!t.all && t.indicators.size === 0 && t.regions.size === 0) {
    // the usual case (figures written): the indicator column first, the region of those only
    const pairs = pairsByIndicator(t);
    const column = indicatorColumn(cached);
    // a byte per indicator id: a Map lookup for each of 50,000 targets took 1.5–2 ms
    const top = Math.max(-1, ...pairs.keys());
    const flagged = top <= MAX_FLAGGED_ID ? new Uint8Array(top + 1) : null;
    if (flagged) for (const id of pairs.keys()) flagged[id] = 1;
    for (let k = 0; k < column.length; k++) {
      if (flagged && flagged[column[k]!] !== 1) continue; // past the array: undefined, not flagged
      const regions = pairs.get(column[k]!);
      if (regions !== undefined && regions.has(cached[k]!.regionAdcode)) hits.push(k);
    }
    return hits;
  }
  const touched = toucher(t);
  for (let k = 0; k < cached.length; k++) if (touched(cached[k]!.indicatorId, cached[k]!.regionAdcode)) hits.push(k);
  return hits;
}

/**
 * The cached targets (in targetId order) with the touched ones (at `hits`) dropped and
 * `fresh` (the touched targets evaluated again: some may be new, some gone) put in their
 * place, still in targetId order. Untouched items are kept as they are (the same
 * objects); when no cached target was touched and none is new, `cached` itself.
 */
function mergeAt<I>(cached: readonly Evaluated<I>[], hits: readonly number[], fresh: readonly Evaluated<I>[]): Evaluated<I>[] {
  if (hits.length === 0 && fresh.length === 0) return cached as Evaluated<I>[];
  // a copy with the few touched slots replaced: the untouched stay where they are
  const byId = new Map(fresh.map((f) => [f.targetId, f]));
  const slots: (Evaluated<I> | null)[] = cached.slice();
  let replaced = 0;
  for (const k of hits) {
    const f = byId.get(cached[k]!.targetId);
    slots[k] = f ?? null;
    if (f) replaced += 1;
  }
  const out = replaced === hits.length ? (slots as Evaluated<I>[]) : slots.filter((s): s is Evaluated<I> => s !== null);
  if (replaced === fresh.length) return out;
  // targets were added (or moved between pairs): put them in order
  const kept = new Set(out.map((o) => o.targetId));
  return [...out, ...fresh.filter((f) => !kept.has(f.targetId))].sort((a, b) => a.targetId - b.targetId);
}

/**
 * The cached targets brought up to date with `fresh` (mergeAt), and the items' values
 * kept beside them (`values[k]` is `cached[k].item`), which is what an answer is
 * assembled from. When the touched targets are the same ones, evaluated again (figures
 * written: no target added or gone), both are copies with those slots replaced;
 * otherwise the values are read off the merged items. A write to one series then costs
 * one pass over the cached targets (the scan for touched ones), not three.
 */
export function mergeValues<I>(
  cached: readonly Evaluated<I>[],
  values: readonly I[],
  t: Touched,
  fresh: readonly Evaluated<I>[],
): { items: Evaluated<I>[]; values: I[] } {
  const hits = touchedSlots(cached, t);
  if (hits.length === 0 && fresh.length === 0) return { items: cached as Evaluated<I>[], values: values as I[] };
  if (hits.length === fresh.length && hits.every((k, j) => cached[k]!.targetId === fresh[j]!.targetId)) {
    const items = cached.slice();
    const next = values.slice();
    let column = indicatorColumns.get(cached);
    hits.forEach((k, j) => {
      items[k] = fresh[j]!;
      next[k] = fresh[j]!.item;
      if (column && column[k] !== fresh[j]!.indicatorId) {
        column = column.slice(); // a target moved to another indicator: a column of its own
        column[k] = fresh[j]!.indicatorId;
      }
    });
    if (column) indicatorColumns.set(items, column);
    return { items, values: next };
  }
  const items = mergeAt(cached, hits, fresh);
  return { items, values: items.map((i) => i.item) };
}

/**
 * `mergeValues` for one page of a paginated answer (`limit` targets in targetId order
 * after a cursor), or null when the page's membership may have changed and it must be
 * evaluated in full. `fresh` is every touched target after the cursor, not cut at the
 * page's end: a full page keeps only the ones up to its last target; a page that is not
 * full (the last page) would take any new one. A figure never moves a target between
 * pages; a target added or removed inside the page's range does.
 */
export function mergePage<I>(
  cached: readonly Evaluated<I>[],
  values: readonly I[],
  t: Touched,
  fresh: readonly Evaluated<I>[],
  limit: number,
): { items: Evaluated<I>[]; values: I[] } | null {
  const last = cached.length === limit ? cached[cached.length - 1]!.targetId : Infinity;
  const onPage = new Set(cached.map((c) => c.targetId));
  const inRange = fresh.filter((f) => f.targetId <= last);
  if (inRange.some((f) => !onPage.has(f.targetId))) return null; // a new target on this page
  const stillThere = new Set(inRange.map((f) => f.targetId));
  const touched = toucher(t);
  if (cached.some((c) => touched(c.indicatorId, c.regionAdcode) && !stillThere.has(c.targetId))) return null; // one left the page
  return mergeValues(cached, values, t, inRange);
}
