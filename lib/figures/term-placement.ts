// Where the term chart's points sit: each term by the percentile rank of its rate, terms of equal rate scattered inside
// their band by a hash of the term (so equal counts neither pile on one point nor form alphabetical streaks).
import { byString } from '../util/compare.js';

/** One term of the term chart (termChartRows): its log-odds z and its counts in this outlet and the others. */
export interface TermPoint {
  term: string;
  /** the term as the corpus writes it ("Assad"; DistinctiveRow.display), shown instead of the folded key */
  display?: string;
  z: number;
  count: number;
  count_rest: number;
  n: number;
  n_rest: number;
  /** a plain word (termChartRows): drawn, never labelled unless highlighted */
  plain?: boolean;
}

/**
 * Percentile of each row's key; rows with equal keys share a band and sit at a hashed place inside it (independently on
 * each axis, by `seed`), so a group of equal counts is a cloud, not a diagonal streak in alphabetical order.
 */
export function percentileRanks(rows: readonly TermPoint[], key: (r: TermPoint) => number, seed: number): Float64Array {
  // each row's key worked out once (the sort compares each row many times)
  const keys = Float64Array.from(rows, key);
  const order = rows.map((r, i) => i).sort((a, b) => keys[a] - keys[b] || byString(rows[a].term, rows[b].term));
  const out = new Float64Array(rows.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && keys[order[j]] === keys[order[i]]) j++;
    for (let k = i; k < j; k++) {
      const pos = i + hashFraction(rows[order[k]].term, seed) * (j - 1 - i);
      out[order[k]] = rows.length > 1 ? pos / (rows.length - 1) : 0.5;
    }
    i = j;
  }
  return out;
}

/** A deterministic fraction in [0, 1) from a term and a seed (FNV-1a), for placing tied points. */
function hashFraction(term: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 4294967296;
}
