// Map helpers for grouping in one pass.

/** Append `value` to the list under `key`, creating the list on first use; returns the list. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(value);
  return list;
}

/** Add `value` to the set under `key`, creating the set on first use. */
export function putIn<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Add `by` (default 1) to the count under `key`. */
export function addTo<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The value kept for `key` in `cache`, built by `build` on first use (a WeakMap: nothing outlives its key). */
export function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, build: (key: K) => V): V {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = build(key)));
  return v;
}
