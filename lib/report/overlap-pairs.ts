// The slice of an overlap result the overlap findings read, the accessors on its pairs they share, and the report
// anchor of a pair.
import { shortHash } from '../corpus/fields.js';
import type { OverlapPair, OverlapResult } from '../overlap/overlap.js';
import type { Citation } from '../overlap/types.js';

/** The report anchor of one article pair's passages (the passage viewer and pair table link here). */
export function pairAnchor(a: string, b: string): string {
  // ids of letters, digits and "_" (any script) read as they are; anything else gets a hash suffix, so anchors are
  // unique for any ids
  const plain = (x: string) => x.length <= 40 && /^[\p{L}\p{N}_]+$/u.test(x);
  if (plain(a) && plain(b)) return `pair-${a}-${b}`;
  const s = (x: string) => x.replace(/[^\p{L}\p{N}_]+/gu, '-').slice(0, 40);
  return `pair-${s(a)}-${s(b)}-${shortHash(`${a}\u0000${b}`)}`;
}

/** The pair fields the findings read: an OverlapPair's, with the newer fields optional for older saved results. */
type FindingPair = Pick<
  OverlapPair,
  'a' | 'b' | 'outlet_a' | 'outlet_b' | 'kind' | 'a_in_b' | 'b_in_a' | 'direction' | 'source' | 'because' | 'credit'
> &
  Partial<
    Pick<
      OverlapPair,
      | 'reuse_a_in_b'
      | 'reuse_b_in_a'
      | 'credit_because'
      | 'direction_by'
      | 'reuse_by'
      | 'rewritten_words'
      | 'rewritten_sentences'
      | 'rewritten_verbatim'
      | 'evidence'
      | 'matched'
    >
  > & {
    passages: readonly unknown[];
  };

/** The slice of an overlap result the findings read (see lib/overlap/overlap.ts). */
export interface OverlapLike {
  docs: readonly OverlapResult['docs'][number][];
  pairs: readonly FindingPair[];
  citations: readonly Pick<Citation, 'doc' | 'cited' | 'kind' | 'text'>[];
}

/** The kind of a passage of an overlap result ('reuse' for results that predate kinds). */
export function kindOf(x: unknown): string {
  const k = (x as { kind?: unknown } | null)?.kind;
  return typeof k === 'string' ? k : 'reuse';
}

export type OverlapPairLike = OverlapLike['pairs'][number];
export type CitationLike = OverlapLike['citations'][number];

// only reuse passages accuse: pairs sharing common-source or stock text alone, or too little reuse, need no credit
export const isReused = (p: OverlapPairLike) => p.credit === 'credited' || p.credit === 'uncredited';
export const reuseAinB = (p: OverlapPairLike) => p.reuse_a_in_b ?? p.a_in_b;
export const reuseBinA = (p: OverlapPairLike) => p.reuse_b_in_a ?? p.b_in_a;

/** Each article's event (lib/events), when the findings know them. */
export type EventOf = Readonly<Record<string, string>>;
