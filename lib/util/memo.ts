/**
 * Memoizes values per source object and a string key (locale, as-of day…). Made for
 * values derived from a cached evaluation, which hands out the same object for as long as
 * its data are unchanged: dropped sources free their values.
 */
export function memoPerObject<S extends object, V>(): (source: S, key: string, build: () => V) => V {
  const memo = new WeakMap<S, Map<string, V>>();
  return (source, key, build) => {
    let byKey = memo.get(source);
    if (!byKey) memo.set(source, (byKey = new Map<string, V>()));
    if (byKey.has(key)) return byKey.get(key)!;
    const value = build();
    byKey.set(key, value);
    return value;
  };
}
