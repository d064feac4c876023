// Run coverage: the rare-word weight of one side inside k-word runs it shares with the other (anchored by a rare word),
// and inside chains of such runs long enough to be verbatim copy. One merge-join of the two sides' sorted k-gram keys.
import { radixSort } from './fingerprints.js';
import { int32s, uint32s } from '../util/typedPool.js';
import type { RewriteView } from './rewrite-types.js';
import { rewriteScratch, type RewriteScratch } from './rewrite-scratch.js';
import { totalsOf } from './rewrite-view.js';

/** Hash of the k forms starting at i (the caller checks i + k <= length). */
function gramKey(f: Int32Array, i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < k; j++) h = Math.imul(h ^ f[i + j], 0x01000193) + j;
  return h >>> 0;
}

/** The k-gram keys of a view, sorted, with their start positions (computed once per k). */
function gramsOf(sc: RewriteScratch, v: RewriteView, k: number): { keys: Uint32Array; pos: Int32Array } {
  let g = v.grams.get(k);
  if (g) return g;
  const m = Math.max(0, v.form.length - k + 1);
  const pool = sc.poolOf.get(v);
  const keys = uint32s(pool, m, false),
    pos = int32s(pool, m, false);
  for (let i = 0; i < m; i++) {
    keys[i] = gramKey(v.form, i, k);
    pos[i] = i;
  }
  if (sc.radixTmp.key.length < m) sc.radixTmp = { key: new Uint32Array(m * 2), val: new Int32Array(m * 2) };
  radixSort(keys, pos, sc.radixTmp);
  g = { keys, pos };
  v.grams.set(k, g);
  return g;
}

/** Run coverage of one side (see runCoverage). */
export interface RunCover {
  short: number;
  long: number;
  chains: number[];
}

/**
 * Rare-word weight of `x` inside k-word runs it shares with `y` (a run counts only when anchored by a rare word), and
 * inside long runs: chains of consecutive shared k-word runs spanning at least `long` words (verbatim copy); `chains`
 * holds the same for each length of `lengths`. All as shares of x's rare-word weight.
 */
export function runCoverage(
  x: RewriteView,
  y: RewriteView,
  k: number,
  long = Infinity,
  lengths: readonly number[] = [],
  sc: RewriteScratch = rewriteScratch(),
): RunCover {
  sharedStarts(sc, x, y, k);
  return coverOf(sc, x, sc.hitA, k, long, lengths);
}

/** runCoverage of both sides of a pair, from one merge-join: [a by b, b by a]. */
export function runCoverages(
  sc: RewriteScratch,
  a: RewriteView,
  b: RewriteView,
  k: number,
  long: number,
  lengths: readonly number[],
): [RunCover, RunCover] {
  sharedStarts(sc, a, b, k);
  return [coverOf(sc, a, sc.hitA, k, long, lengths), coverOf(sc, b, sc.hitB, k, long, lengths)];
}

/** Mark in hitA / hitB the starts of x's / y's k-grams the other side holds, when anchored by a rare word. */
function sharedStarts(sc: RewriteScratch, x: RewriteView, y: RewriteView, k: number): void {
  const gx = gramsOf(sc, x, k),
    gy = gramsOf(sc, y, k);
  const nx = x.form.length,
    ny = y.form.length;
  if (sc.hitA.length < nx) sc.hitA = new Uint8Array(nx * 2);
  if (sc.hitB.length < ny) sc.hitB = new Uint8Array(ny * 2);
  const { hitA, hitB } = sc;
  hitA.fill(0, 0, nx);
  hitB.fill(0, 0, ny);
  // merge-join of the two sorted key lists: every start of a key both hold, on both sides
  const kx = gx.keys,
    ky = gy.keys;
  const na = kx.length,
    nb = ky.length;
  for (let a = 0, b = 0; a < na && b < nb;) {
    const u = kx[a],
      v = ky[b];
    if (u !== v) {
      // most keys are not shared: step the smaller side without a branch to mispredict
      a += +(u < v);
      b += +(u > v);
      continue;
    }
    for (; a < na && kx[a] === u; a++) if (anchored(x.weight, gx.pos[a], k)) hitA[gx.pos[a]] = 1;
    for (; b < nb && ky[b] === u; b++) if (anchored(y.weight, gy.pos[b], k)) hitB[gy.pos[b]] = 1;
  }
}

/** True when one of the k words from i has rarity weight. */
function anchored(weight: Float64Array, i: number, k: number): boolean {
  for (let j = i; j < i + k; j++) if (weight[j] > 0) return true;
  return false;
}

/** Coverage of x from the marks of its shared k-gram starts. */
function coverOf(
  sc: RewriteScratch,
  x: RewriteView,
  hit: Uint8Array,
  k: number,
  long: number,
  lengths: readonly number[],
): RunCover {
  const n = x.form.length;
  const all = totalsOf(sc, x).all;
  const chains = lengths.map(() => 0);
  let got = 0,
    gotLong = 0,
    coveredTo = 0;
  for (let i = 0; i < n;) {
    if (!hit[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && hit[j + 1]) j++;
    // starts i..j are shared: words [i, j + k) are covered
    let w = 0;
    for (let p = Math.max(i, coveredTo); p < j + k; p++) w += x.weight[p];
    got += w;
    if (j + k - i >= long) gotLong += w;
    for (let c = 0; c < lengths.length; c++) if (j + k - i >= lengths[c]) chains[c] += w;
    coveredTo = j + k;
    i = j + 1;
  }
  if (all <= 0) return { short: 0, long: 0, chains };
  return { short: got / all, long: gotLong / all, chains: chains.map((c) => c / all) };
}
