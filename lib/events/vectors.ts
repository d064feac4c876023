// Sparse tf-idf vectors of articles and the cosine of every pair that may report the same story: the similarity
// event finding clusters on (lib/events/events.ts). Two views of an article, each a unit vector: the named entities
// it mentions, and its content words (headline words counted extra). Topic detection and tracking practice: outlets
// name different officials for the same story ("the Homeland Security secretary" / "Nielsen") but share its words
// ("separated", "parents", "shelters"), and a name every story carries ("Trump") weighs little in either view.

/** A sparse vector: key -> weight. */
export type SparseVec = Map<string, number>;

/** Inverse document frequency, log((n + 1) / df), of every key over the bags (each bag counted once per key). */
export function idfWeights(bags: readonly Iterable<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const b of bags) for (const k of new Set(b)) df.set(k, (df.get(k) ?? 0) + 1);
  const w = new Map<string, number>();
  for (const [k, n] of df) w.set(k, Math.log((bags.length + 1) / n));
  return w;
}

/** Counts of the keys of a list (repeats weigh more). */
export function countKeys(keys: Iterable<string>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const k of keys) tf.set(k, (tf.get(k) ?? 0) + 1);
  return tf;
}

/**
 * Unit vector of idf × (1 + log count) over the keys whose idf is above `minWeight`, keeping the `top` heaviest
 * (ties by key, so the result does not depend on input order).
 */
export function unitVector(
  counts: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
  minWeight: number,
  top = Infinity,
): SparseVec {
  let rows: [string, number][] = [];
  for (const [k, n] of counts) {
    const w = idf.get(k) ?? 0;
    if (w > minWeight && n > 0) rows.push([k, w * (1 + Math.log(n))]);
  }
  if (rows.length > top) rows = rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
  const norm = Math.sqrt(rows.reduce((s, [, x]) => s + x * x, 0)) || 1;
  return new Map(rows.map(([k, x]) => [k, x / norm]));
}

/** Dot product of two sparse vectors. */
export function dot(a: SparseVec, b: SparseVec): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/**
 * Pairs of docs (keyed a * n + b, a < b) that share a key of `propose` (a set of keys: those rare enough to say which
 * story an article reports) and are dated at most `window` days apart, or undated.
 */
export function sharedKeyPairs(
  vecs: readonly SparseVec[],
  days: readonly (number | null)[],
  window: number,
  propose: (key: string) => boolean,
): Set<number> {
  const n = vecs.length;
  const postings = new Map<string, number[]>();
  vecs.forEach((v, k) => {
    for (const key of v.keys()) if (propose(key)) (postings.get(key) ?? postings.set(key, []).get(key)!).push(k);
  });
  const pairs = new Set<number>();
  for (const list of postings.values())
    for (let i = 0; i < list.length; i++) {
      const a = list[i],
        da = days[a];
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j],
          db = days[b];
        if (da === null || db === null || Math.abs(da - db) <= window) pairs.add(a * n + b);
      }
    }
  return pairs;
}

/** Sum of two sparse vectors (a new vector). */
export function addVec(a: SparseVec, b: SparseVec): SparseVec {
  const out = new Map(a);
  for (const [k, x] of b) out.set(k, (out.get(k) ?? 0) + x);
  return out;
}
