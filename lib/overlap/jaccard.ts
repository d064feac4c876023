// Jaccard of two docs' shingle sets, the plain textbook measure each pair reports for reference, with its scratch.
import type { FingerprintIndex } from './fingerprints.js';

/** Jaccard of two docs' shingle-id sets (boilerplate included, as the plain textbook measure). */
export function jaccard(index: FingerprintIndex, ia: number, ib: number, js: JaccardScratch): number {
  const { offsets, shingle, shared } = index;
  const { stamp } = js;
  const na = distinctShingles(index, ia, js),
    nb = distinctShingles(index, ib, js);
  // a shingle both hold is held by two docs, so only positions flagged `shared` can meet; a's shingles get a fresh
  // stamp, and one of b's that has it is counted and stamped again (counted once): no pass to clear the stamps
  let both = 0;
  const inA = ++js.now,
    counted = ++js.now;
  for (let g = offsets[ia]; g < offsets[ia + 1]; g++) if (shared[g] && shingle[g] >= 0) stamp[shingle[g]] = inA;
  for (let g = offsets[ib]; g < offsets[ib + 1]; g++) {
    const s = shingle[g];
    if (shared[g] && s >= 0 && stamp[s] === inA) {
      both++;
      stamp[s] = counted;
    }
  }
  const union = na + nb - both;
  return union ? both / union : 0;
}

/**
 * Scratch of jaccard: a stamp per shingle id, each use with stamps above all earlier ones (`now`, the last given), and
 * each doc's distinct shingle count (-1 until known).
 */
export interface JaccardScratch {
  stamp: Int32Array;
  now: number;
  distinct: Int32Array;
}

/** `stamps`: an array free for it (the alignment's head, done with), at least index.shingles long, any contents. */
export function jaccardScratch(index: FingerprintIndex, stamps: Int32Array): JaccardScratch {
  const n = Math.max(1, index.shingles);
  return {
    stamp: (stamps.length >= n ? stamps.subarray(0, n) : new Int32Array(n)).fill(0),
    now: 0,
    distinct: new Int32Array(index.docs).fill(-1),
  };
}

/** Number of distinct shingle ids of doc d (counted once per doc, with a fresh stamp). */
function distinctShingles(index: FingerprintIndex, d: number, js: JaccardScratch): number {
  if (js.distinct[d] >= 0) return js.distinct[d];
  const { offsets, shingle } = index;
  const { stamp } = js;
  const seen = ++js.now;
  let n = 0;
  for (let g = offsets[d]; g < offsets[d + 1]; g++) {
    const s = shingle[g];
    if (s >= 0 && stamp[s] !== seen) {
      stamp[s] = seen;
      n++;
    }
  }
  return (js.distinct[d] = n);
}
