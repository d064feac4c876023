// Word-range passages to character spans in both texts, labelled by quotation (kinds.ts then labels each reuse, common-source or stock).
import type { Doc } from '../types.js';
import type { FingerprintIndex } from './fingerprints.js';
import type { WordPassage } from './align.js';
import { quotedShare, type QuoteSpan } from '../text/quotes.js';
import { round } from '../util/round.js';

/** How a passage sits in the two texts: quoted in both (a shared quote of the same statement), in one only, or in neither. */
export type QuoteKind = 'shared-quote' | 'quoted' | 'narration';

/**
 * What a shared passage is (see kinds.ts): reuse between the two outlets (copied or rewritten narration), text of a
 * common third-party source (a quote, statement, statute, post, wire copy), or a stock phrase unrelated articles share.
 */
export type PassageKind = 'reuse' | 'common-source' | 'stock';

/** A shared passage: a.text.slice(...a) matches b.text.slice(...b), allowing small edits inside. */
export interface Passage {
  /** [start, end) in doc a's text */
  a: [number, number];
  /** [start, end) in doc b's text */
  b: [number, number];
  /** the passage as doc a has it */
  text: string;
  /** the passage as doc b has it */
  b_text: string;
  /** words of the passage in a and in b */
  words_a: number;
  words_b: number;
  /** words matched exactly (the rest are edits bridged inside the passage) */
  matched: number;
  /** share of the passage's characters inside quotation marks, in a and in b */
  quoted_a: number;
  quoted_b: number;
  /** how the passage sits in quote marks: in both texts, in one, or in neither */
  quote: QuoteKind;
  /** reuse, common-source or stock (only reuse can make a pair uncredited) */
  kind: PassageKind;
  /** why the passage has its kind */
  kind_because: string;
  /** how unlikely the shared text is by chance: -log10 of the chance an unrelated article holds it (lib/overlap/evidence.ts) */
  evidence: number;
  /** likely source of this passage: 'a→b' (b took it from a), 'b→a', or 'unknown' */
  direction: 'a→b' | 'b→a' | 'unknown';
  /** what decided the direction */
  because: string;
}

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
    };
  });
}
