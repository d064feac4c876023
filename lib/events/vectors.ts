// Sparse tf-idf vectors of articles and the cosine of every pair that may report the same story: the similarity
// event finding clusters on (lib/events/events.ts). Two views of an article, each a unit vector: the named entities
// it mentions, and its content words (headline words counted extra). Topic detection and tracking practice: outlets
// name different officials for the same story ("the Homeland Security secretary" / "Nielsen") but share its words
// ("separated", "parents", "shelters"), and a name every story carries ("Trump") weighs little in either view.

/** A sparse vector: key -> weight. */
export type SparseVec = Map<string, number>;

/**
 * Inverse document frequency, log((n + 1) / df), of every key over the bags (each bag counted once per key; `distinct`:
 * the bags hold each key once already, as a Map's keys do).
 */
export function idfWeights(bags: readonly Iterable<string>[], distinct = false): Map<string, number> {
  const df = new Map<string, number>();
  for (const b of bags) for (const k of distinct ? b : new Set(b)) df.set(k, (df.get(k) ?? 0) + 1);
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
  const keys: string[] = [];
  const ws: number[] = [];
  for (const [k, n] of counts) {
    const w = idf.get(k) ?? 0;
    if (w > minWeight && n > 0) {
      keys.push(k);
      ws.push(w * (1 + Math.log(n)));
    }
  }
  return unitOf(keys, ws, top);
}

/** Unit vector of the keys with their weights (aligned lists), keeping the `top` heaviest (ties by key). */
export function unitOf(keys: readonly string[], ws: readonly number[], top = Infinity): SparseVec {
  const keep = heaviest(ws, top, (a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  let norm = 0;
  for (const i of keep) norm += ws[i] * ws[i];
  norm = Math.sqrt(norm) || 1;
  return new Map(keep.map((i) => [keys[i], ws[i] / norm]));
}

/**
 * Positions (s … e - 1, default all) of the `top` largest weights: all of them in order when there are no more;
 * otherwise those above the cut in order, then those at the cut ordered by `tie` (a quickselect finds the cut).
 */
export function heaviest(
  ws: ArrayLike<number>,
  top: number,
  tie: (a: number, b: number) => number,
  s = 0,
  e = ws.length,
): number[] {
  const above: number[] = [],
    at: number[] = [];
  if (e - s <= top) {
    for (let j = s; j < e; j++) above.push(j);
    return above;
  }
  const values = new Float64Array(e - s);
  for (let j = s; j < e; j++) values[j - s] = ws[j];
  const cut = kthSmallest(values, e - s - top);
  for (let j = s; j < e; j++)
    if (ws[j] > cut) above.push(j);
    else if (ws[j] === cut) at.push(j);
  at.sort(tie);
  for (let k = 0; above.length < top; k++) above.push(at[k]);
  return above;
}

/**
 * The k-th smallest (from 0) of the values, as `values.sort()[k]` would give it (no NaN), found by quickselect in
 * linear expected time; `values` is reordered.
 */
export function kthSmallest(values: Float64Array, k: number): number {
  const a = values;
  let lo = 0,
    hi = a.length - 1;
  while (hi > lo) {
    const x = a[lo],
      y = a[(lo + hi) >> 1],
      z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y; // median of three
    let i = lo,
      j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    // a[lo … j] <= pivot <= a[i … hi], and what lies between equals the pivot
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
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

/** A sparse vector packed for fast products: key numbers ascending, and their weights. */
export interface PackedVec {
  ids: Int32Array;
  w: Float64Array;
}

/** The vectors packed over one numbering of their keys (`idOf`, extended with keys it lacks). */
export function packVectors(vecs: readonly SparseVec[], idOf: Map<string, number> = new Map()): PackedVec[] {
  return vecs.map((v) => {
    const rows: [number, number][] = [];
    for (const [k, x] of v) {
      let id = idOf.get(k);
      if (id === undefined) idOf.set(k, (id = idOf.size));
      rows.push([id, x]);
    }
    rows.sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(rows, (r) => r[0]), w: Float64Array.from(rows, (r) => r[1]) };
  });
}

/** Dot product of two packed vectors (a merge of their sorted key numbers). */
export function dotPacked(a: PackedVec, b: PackedVec): number {
  const ai = a.ids,
    bi = b.ids;
  let i = 0,
    j = 0,
    s = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i],
      y = bi[j];
    if (x === y) s += a.w[i++] * b.w[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * Dot products of one packed vector with many, for scoring one doc against its partners: `from(a)` spreads vector `a`
 * over a dense array (clearing the last one spread), and the function it returns takes b to the dot product of a and
 * b in one pass over b's keys. The sums equal dotPacked's exactly: the same products over the same keys in the same
 * (ascending) order, plus products with 0 for b's other keys, which add nothing. Valid until the next `from`.
 */
export function denseDots(vecs: readonly PackedVec[], size: number): (a: number) => (b: number) => number {
  const dense = new Float64Array(size);
  let last: PackedVec | null = null;
  return (a) => {
    if (last) for (const id of last.ids) dense[id] = 0;
    const v = (last = vecs[a]);
    for (let i = 0; i < v.ids.length; i++) dense[v.ids[i]] = v.w[i];
    return (b) => {
      const u = vecs[b];
      let s = 0;
      for (let j = 0; j < u.ids.length; j++) s += u.w[j] * dense[u.ids[j]];
      return s;
    };
  };
}

/**
 * Every pair of docs that shares a proposing key (`keysOf`: per doc, the distinct numbers of its keys rare enough to say
 * which story it reports) and is dated at most `window` days apart, or undated, scored once by `scoreFrom(a)(b)`
 * (`scoreFrom(a)` is called once per doc a, and its result used only until the next call); the pairs
 * scoring at least `min` are returned, keyed a * n + b (a < b). Docs are visited in date order (undated last), so each
 * key's partners within the window are a run of its postings; each doc's partners are marked in one typed array.
 */
export function scoredPairs(
  keysOf: readonly (readonly number[])[],
  days: readonly (number | null)[],
  window: number,
  scoreFrom: (a: number) => (b: number) => number,
  min: number,
): Map<number, number> {
  const n = keysOf.length;
  const order = keysOf.map((_, k) => k).sort((a, b) => dayKey(days[a]) - dayKey(days[b]) || a - b);
  const postings: number[][] = [];
  for (const k of order) for (const key of keysOf[k]) (postings[key] ??= []).push(k);
  // per key: where its undated docs start, and the position of the doc being visited
  const undated = postings.map((list) => {
    let i = list.length;
    while (i > 0 && days[list[i - 1]] === null) i--;
    return i;
  });
  const cursor = new Int32Array(postings.length);
  const seen = new Int32Array(n).fill(-1);
  const out = new Map<number, number>();
  let score = (_b: number) => 0;
  const visit = (a: number, b: number) => {
    if (seen[b] === a) return;
    seen[b] = a;
    const s = score(b);
    if (s >= min) out.set(a < b ? a * n + b : b * n + a, s);
  };
  for (const a of order) {
    const da = days[a];
    score = scoreFrom(a);
    for (const key of keysOf[a]) {
      const list = postings[key];
      const from = ++cursor[key];
      if (da === null) {
        for (let j = from; j < list.length; j++) visit(a, list[j]);
        continue;
      }
      const tail = undated[key];
      for (let j = from; j < tail && days[list[j]]! - da <= window; j++) visit(a, list[j]);
      for (let j = Math.max(from, tail); j < list.length; j++) visit(a, list[j]);
    }
  }
  return out;
}

/** A day number to sort by, undated last. */
function dayKey(d: number | null): number {
  return d === null ? Number.MAX_SAFE_INTEGER : d;
}

/** Sum of two sparse vectors: a new vector, or `a` itself grown when `inPlace`. */
export function addVec(a: SparseVec, b: SparseVec, inPlace = false): SparseVec {
  const out = inPlace ? a : new Map(a);
  for (const [k, x] of b) out.set(k, (out.get(k) ?? 0) + x);
  return out;
}
