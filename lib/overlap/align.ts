// Seed-and-extend alignment of one candidate pair: shared shingles are seeds, seeds chain into passages across small gaps.
// Cost per pair: O(|A| + |B| + seeds * open chains); seeds per shingle are capped, so one long repetitive text stays linear.
import type { FingerprintIndex } from './fingerprints.js';
import type { WordPassage } from './types.js';

/** Words a passage needs matched exactly, by default. */
export const MIN_WORDS = 7;

/** How seeds become passages. */
export interface AlignOptions {
  /** largest gap between two chained seeds, in words on either side (default 2n + 2: bridges a changed word or two) */
  maxGap?: number;
  /** largest difference between the gaps on the two sides (inserted or dropped words; default 4) */
  maxDrift?: number;
  /** a passage needs at least this many words matched exactly (default 7) */
  minWords?: number;
  /** shingles occurring more often than this in one doc are not used as seeds (default 8) */
  maxOccurrences?: number;
}

/**
 * Reusable scratch arrays for aligning many pairs over one index: b's first position of each shingle id (-1 when
 * none, -1 everywhere between pairs), and the next position of the same shingle after each of b's positions, indexed
 * from b's first word (one doc long, not one corpus long); the seeds of one pair (positions in a and in b, grown on
 * demand), so that no array is built per pair.
 */
export interface AlignScratch {
  head: Int32Array;
  next: Int32Array;
  si: Int32Array;
  sj: Int32Array;
}

/**
 * Scratch space for alignPair (allocate once per index). `head`: an array free for it, at least index.shingles long
 * (e.g. buildIndex's spare; any contents), instead of a fresh one of millions.
 */
export function alignScratch(index: FingerprintIndex, head?: Int32Array): AlignScratch {
  const shingles = Math.max(1, index.shingles);
  let longest = 1;
  for (let d = 0; d < index.docs; d++) longest = Math.max(longest, index.offsets[d + 1] - index.offsets[d]);
  return {
    head: (head && head.length >= shingles ? head.subarray(0, shingles) : new Int32Array(shingles)).fill(-1),
    next: new Int32Array(longest).fill(-1),
    si: new Int32Array(1024),
    sj: new Int32Array(1024),
  };
}

/** Shared passages of docs a and b (indices into the index), ordered by position in a. */
export function alignPair(
  index: FingerprintIndex,
  boilerplate: Uint8Array,
  a: number,
  b: number,
  opts: AlignOptions = {},
  scratch: AlignScratch = alignScratch(index),
): WordPassage[] {
  const n = index.n;
  const minWords = opts.minWords ?? MIN_WORDS;
  const m = collectSeeds(index, boilerplate, a, b, opts.maxOccurrences ?? 8, scratch);
  if (!m) return [];
  const chains = chainSeeds(scratch.si, scratch.sj, m, opts.maxGap ?? 2 * n + 2, opts.maxDrift ?? 4);
  const out: WordPassage[] = [];
  for (const c of chains) {
    const p = extendChain(index, boilerplate, a, b, c, scratch.si);
    if (p.matched >= minWords) out.push(p);
  }
  out.sort((p, q) => p.a0 - q.a0 || p.b0 - q.b0);
  return out;
}

/**
 * Seeds of a pair: positions (relative to each doc) where a and b hold the same non-boilerplate shingle, in a's order,
 * written to the scratch's si and sj; returns how many.
 */
function collectSeeds(
  index: FingerprintIndex,
  boilerplate: Uint8Array,
  a: number,
  b: number,
  maxOcc: number,
  scratch: AlignScratch,
): number {
  const { head, next } = scratch;
  const { n, offsets, shingle, words, shared } = index;
  const oa = offsets[a],
    ea = offsets[a + 1],
    ob = offsets[b],
    eb = offsets[b + 1];
  // b's positions by shingle id, ascending (built backwards); a shingle no other doc holds cannot seed (a !== b), and
  // skipping it by the sequential `shared` flags spares the random reads of head/boilerplate for the unshared majority
  for (let g = eb - 1; g >= ob; g--) {
    if (!shared[g]) continue;
    const s = shingle[g];
    if (s < 0 || boilerplate[s]) continue;
    next[g - ob] = head[s];
    head[s] = g;
  }
  // seeds in order of a's position, then b's
  let { si, sj } = scratch;
  let m = 0;
  for (let i = oa; i < ea; i++) {
    if (!shared[i]) continue;
    const s = shingle[i];
    if (s < 0 || boilerplate[s] || head[s] < 0) continue;
    let c = 0;
    for (let j = head[s]; j >= 0; j = next[j - ob]) if (++c > maxOcc) break;
    if (c > maxOcc) continue;
    for (let j = head[s]; j >= 0; j = next[j - ob]) {
      if (!sameWords(words, i, j, n)) continue;
      if (m === si.length) ({ si, sj } = grownSeeds(scratch));
      si[m] = i - oa;
      sj[m++] = j - ob;
    }
  }
  for (let g = ob; g < eb; g++) {
    if (!shared[g]) continue;
    const s = shingle[g];
    if (s >= 0) head[s] = -1;
    next[g - ob] = -1;
  }
  return m;
}

/** The scratch's seed arrays at twice their length, contents kept. */
function grownSeeds(scratch: AlignScratch): { si: Int32Array; sj: Int32Array } {
  const si = new Int32Array(scratch.si.length * 2),
    sj = new Int32Array(scratch.sj.length * 2);
  si.set(scratch.si);
  sj.set(scratch.sj);
  scratch.si = si;
  scratch.sj = sj;
  return scratch;
}

/** Do the n words at positions i and j agree (a shingle hash match verified on the word hashes)? */
function sameWords(words: Uint32Array, i: number, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (words[i + k] !== words[j + k]) return false;
  return true;
}

/** A chain of seeds: first and last seed positions on both sides, and the seeds' indices. */
interface Chain {
  i0: number;
  j0: number;
  i1: number;
  j1: number;
  seeds: number[];
}

/** Chain seeds: each extends the open chain whose last seed is closest, within the gap (G) and drift (D) limits. */
function chainSeeds(si: Int32Array, sj: Int32Array, m: number, G: number, D: number): Chain[] {
  const chains: Chain[] = [];
  const open: number[] = [];
  for (let x = 0; x < m; x++) {
    const i = si[x],
      j = sj[x];
    let best = -1,
      bestCost = Infinity;
    for (let k = open.length - 1; k >= 0; k--) {
      const c = chains[open[k]];
      const di = i - c.i1,
        dj = j - c.j1;
      if (di > G) {
        open.splice(k, 1);
        continue;
      }
      if (di <= 0 || dj <= 0 || dj > G || Math.abs(di - dj) > D) continue;
      const cost = 2 * Math.abs(di - dj) + di;
      if (cost < bestCost) {
        bestCost = cost;
        best = open[k];
      }
    }
    if (best >= 0) {
      const c = chains[best];
      c.i1 = i;
      c.j1 = j;
      c.seeds.push(x);
    } else {
      chains.push({ i0: i, j0: j, i1: i, j1: j, seeds: [x] });
      open.push(chains.length - 1);
      if (open.length > 64) open.shift();
    }
  }
  return chains;
}

/**
 * A chain as a passage: its exact words are the union of the seeds' shingles on a's side; both ends extend word by
 * word while the words agree (runs shorter than a shingle at the edges), never into boilerplate.
 */
function extendChain(
  index: FingerprintIndex,
  boilerplate: Uint8Array,
  a: number,
  b: number,
  c: Chain,
  si: Int32Array,
): WordPassage {
  const { n, offsets, shingle, words } = index;
  const oa = offsets[a],
    ob = offsets[b];
  const la = offsets[a + 1] - oa,
    lb = offsets[b + 1] - ob;
  let a0 = c.i0,
    b0 = c.j0,
    a1 = c.i1 + n,
    b1 = c.j1 + n;
  let matched = 0,
    covered = -1;
  for (const x of c.seeds) {
    const s0 = Math.max(si[x], covered),
      s1 = si[x] + n;
    if (s1 > s0) matched += s1 - s0;
    covered = Math.max(covered, s1);
  }
  // words inside a boilerplate shingle are trimmed from both ends
  const inBoilerplate = (w: number) => {
    for (let g = Math.max(oa, oa + w - n + 1); g <= oa + w; g++)
      if (shingle[g] >= 0 && boilerplate[shingle[g]] === 1) return true;
    return false;
  };
  while (a0 > 0 && b0 > 0 && words[oa + a0 - 1] === words[ob + b0 - 1] && !inBoilerplate(a0 - 1)) {
    a0--;
    b0--;
    matched++;
  }
  while (a1 < la && b1 < lb && words[oa + a1] === words[ob + b1] && !inBoilerplate(a1)) {
    a1++;
    b1++;
    matched++;
  }
  while (a1 > a0 && b1 > b0 && inBoilerplate(a1 - 1)) {
    a1--;
    b1--;
    matched--;
  }
  while (a0 < a1 && b0 < b1 && inBoilerplate(a0)) {
    a0++;
    b0++;
    matched--;
  }
  return { a0, a1, b0, b1, matched };
}
