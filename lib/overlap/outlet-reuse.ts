// Pairs aggregated into outlet-to-outlet reuse edges, for the reuse network and the outlet tables.
import { byString } from '../util/compare.js';
import { round } from '../util/round.js';
import type { OverlapResult } from './overlap-types.js';

/** Outlet-to-outlet reuse (cross-outlet pairs): shared words of the reusing outlet, credited or not. Undirected when direction is unknown. */
export interface OutletReuse {
  from: string;
  to: string;
  directed: boolean;
  pairs: number;
  /** words of `to`'s articles inside passages shared with `from` */
  words: number;
  /** words / all words of `to`'s articles */
  share: number;
  credited: number;
  uncredited: number;
  /** pairs that share only common-source or stock text, or too little reuse to need credit */
  noneNeeded: number;
}

/** Aggregate pairs into outlet-to-outlet reuse edges (and same-outlet republishing as from === to). */
export function outletReuse(result: OverlapResult): OutletReuse[] {
  const outletWords = new Map<string, number>();
  for (const d of result.docs) outletWords.set(d.outlet, (outletWords.get(d.outlet) ?? 0) + d.words);
  const edges = new Map<string, OutletReuse>();
  const wordsOf = new Map(result.docs.map((d) => [d.id, d.words]));
  for (const p of result.pairs) {
    const directed = p.direction !== 'unknown';
    let from = p.outlet_a,
      to = p.outlet_b,
      share = p.b_in_a,
      words = 0;
    if (p.direction === 'b→a') {
      from = p.outlet_b;
      to = p.outlet_a;
      share = p.a_in_b;
      words = Math.round(share * (wordsOf.get(p.a) ?? 0));
    } else words = Math.round(share * (wordsOf.get(p.b) ?? 0));
    if (!directed && byString(from, to) > 0) [from, to] = [to, from];
    const key = `${from}\u0000${to}\u0000${directed}`;
    const e = edges.get(key) ?? {
      from,
      to,
      directed,
      pairs: 0,
      words: 0,
      share: 0,
      credited: 0,
      uncredited: 0,
      noneNeeded: 0,
    };
    e.pairs++;
    e.words += words;
    if (p.credit === 'credited') e.credited++;
    if (p.credit === 'uncredited') e.uncredited++;
    if (p.credit === 'none-needed') e.noneNeeded++;
    edges.set(key, e);
  }
  const out = [...edges.values()];
  for (const e of out) e.share = round(e.words / Math.max(1, outletWords.get(e.to) ?? 1), 4);
  return out.sort((x, y) => y.share - x.share || byString(x.from, y.from) || byString(x.to, y.to));
}
