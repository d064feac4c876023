// Word-range passages to character spans in both texts, labelled by quotation (kinds.ts then labels each reuse, common-source or stock).
import type { Doc } from '../types.js';
import type { FingerprintIndex } from './fingerprints.js';
import { quotedShare, type QuoteSpan } from '../text/quotes.js';
import { round } from '../util/round.js';
import type { Passage, QuoteKind, WordPassage } from './types.js';

/** A passage is quoted on a side when at least half of its characters are inside quotation marks. */
export const QUOTED = 0.5;

/** Turn word-range passages of docs a and b into character-span passages with quotation labels (direction filled later). */
export function toPassages(
  index: FingerprintIndex,
  ia: number,
  ib: number,
  A: Doc,
  B: Doc,
  wp: readonly WordPassage[],
  qa: readonly QuoteSpan[],
  qb: readonly QuoteSpan[],
): Passage[] {
  const oa = index.offsets[ia],
    ob = index.offsets[ib];
  return wp.map((p) => {
    const as = A.tokens[index.tokens[oa + p.a0]].start,
      ae = A.tokens[index.tokens[oa + p.a1 - 1]].end;
    const bs = B.tokens[index.tokens[ob + p.b0]].start,
      be = B.tokens[index.tokens[ob + p.b1 - 1]].end;
    const quoted_a = round(quotedShare(qa, as, ae), 3),
      quoted_b = round(quotedShare(qb, bs, be), 3);
    const inA = quoted_a >= QUOTED,
      inB = quoted_b >= QUOTED;
    const quote: QuoteKind = inA && inB ? 'shared-quote' : inA || inB ? 'quoted' : 'narration';
    return {
      a: [as, ae],
      b: [bs, be],
      text: A.text.slice(as, ae),
      b_text: B.text.slice(bs, be),
      words_a: p.a1 - p.a0,
      words_b: p.b1 - p.b0,
      matched: p.matched,
      quoted_a,
      quoted_b,
      quote,
      kind: 'reuse',
      kind_because: '',
      evidence: 0,
      direction: 'unknown',
      because: '',
      direction_by: 'none',
    };
  });
}
