// Rule 3 of the passage kinds: a reuse passage carried by articles of COMMON_OUTLETS or more outlets is common-source,
// not taken by one of the pair from the other. Weaker than rule 1: the spread says many outlets have the text, not
// whose it is (agency copy passes to each paper that runs it).
import type { Doc } from '../types.js';
import type { FingerprintIndex } from './fingerprints.js';
import { outletKey } from './outlets.js';
import type { Passage, WordPassage } from './types.js';
import { setKind, type KindContext, type KindPair } from './kind-pair.js';

/** Distinct outlets carrying one passage from which it reads as a common source. */
export const COMMON_OUTLETS = 3;
/** How the `kind_because` of a passage made common-source by its spread alone (rule 3) begins. */
const SPREAD_BECAUSE = 'carried by articles of ';

/**
 * Whether a common-source passage is a third party's text told from the two articles themselves (quote marks, an
 * attribution, a post's signature, a block quote, reported speech, an agency credited on both sides: rule 1), not by
 * its spread alone (rule 3): text many outlets carry may still have passed from one of the pair to the other, as
 * agency copy passes to each paper that runs it.
 */
export function thirdPartyText(x: Pick<Passage, 'kind' | 'kind_because'>): boolean {
  return x.kind === 'common-source' && !x.kind_because.startsWith(SPREAD_BECAUSE);
}

/** Mark every reuse passage carried by COMMON_OUTLETS or more outlets as common-source (in place). */
export function markSpread(pairs: readonly KindPair[], ctx: Pick<KindContext, 'index'>, outletId: Int32Array): void {
  for (const p of pairs) {
    p.passages.forEach((x, k) => {
      if (x.kind !== 'reuse') return;
      const n = outletsCarrying(ctx.index, p.ia, p.words[k], outletId);
      if (n >= COMMON_OUTLETS)
        setKind(x, 'common-source', `${SPREAD_BECAUSE}${n} or more outlets, so not taken by one from the other`);
    });
  }
}

/** Each doc's outlet as a small number (outlets compared by outletKey). */
export function outletIds(docs: readonly Doc[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(docs.length);
  docs.forEach((d, i) => {
    const k = outletKey(d.outlet);
    if (!ids.has(k)) ids.set(k, ids.size);
    out[i] = ids.get(k)!;
  });
  return out;
}

/** Distinct outlets (capped at COMMON_OUTLETS) holding at least half of a passage's shingles (from the postings). */
function outletsCarrying(index: FingerprintIndex, ia: number, w: WordPassage, outletId: Int32Array): number {
  const { offsets, shingle, postStart, postings, n } = index;
  const from = offsets[ia] + w.a0,
    to = offsets[ia] + w.a1 - n;
  let total = 0,
    many = 0,
    least = COMMON_OUTLETS;
  for (let g = from; g <= to; g++) {
    const s = shingle[g];
    if (s < 0) continue;
    total++;
    const seen: number[] = [];
    for (let x = postStart[s]; x < postStart[s + 1] && seen.length < COMMON_OUTLETS; x++) {
      const o = outletId[postings[x]];
      if (!seen.includes(o)) seen.push(o);
    }
    if (seen.length >= COMMON_OUTLETS) many++;
    else least = Math.min(least, seen.length);
  }
  return total && many * 2 >= total ? COMMON_OUTLETS : least;
}
