/** Values kept per source object: enough for the languages, days and sizes a page is viewed in at once. */
const MAX_KEYS_PER_SOURCE = 16;

/**
 * Memoizes values per source object and a string key (locale, as-of day…). Made for
 * values derived from a cached evaluation, which hands out the same object for as long as
 * its data are unchanged: dropped sources free their values. Keys come from URLs, so a
 * source keeps at most `maxKeys` values, the oldest dropped first: a reader cycling
 * through made-up parameters cannot grow the memory held while its source lives.
 */
export function memoPerObject<S extends object, V>(maxKeys = MAX_KEYS_PER_SOURCE): (source: S, key: string, build: () => V) => V {
  const memo = new WeakMap<S, Map<string, V>>();
  return (source, key, build) => {
    let byKey = memo.get(source);
    if (!byKey) memo.set(source, (byKey = new Map<string, V>()));
    if (byKey.has(key)) return byKey.get(key)!;
    const value = build();
    if (byKey.size >= maxKeys) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, value);
    return value;
  };
}
