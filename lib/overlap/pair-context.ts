// What direction and credit read of a pair (DirectionContext): its docs, the coverage its kept passages give each side,
// the citations each side makes, their paragraphs and whether each is by a news agency.
import type { Doc } from '../types.js';
import { docWords, type FingerprintIndex } from './fingerprints.js';
import type { DirectionContext } from './direction.js';
import { coveredLength } from '../util/spans.js';
import { round } from '../util/round.js';
import type { Citation, WordPassage } from './types.js';

/** What the corpus knows of each doc's outlet: the citations each doc makes, and 1 for docs by a news agency. */
export interface OutletFacts {
  citesOf: ReadonlyMap<string, Citation[]>;
  agency: Uint8Array;
  isAgency: (name: string) => boolean;
  /** each doc's headline by id, when the caller has them (OverlapOptions.titles) */
  titles?: Readonly<Record<string, string>>;
}

/** What direction and credit read of a pair: its docs, coverage by the kept passages, citations and paragraphs. */
export function contextOf(
  index: FingerprintIndex,
  A: Doc,
  B: Doc,
  ia: number,
  ib: number,
  wp: readonly WordPassage[],
  { citesOf, agency, isAgency, titles }: OutletFacts,
): DirectionContext {
  return {
    a: A,
    b: B,
    a_in_b: coverShare(
      index,
      ia,
      wp.map((p) => [p.a0, p.a1]),
    ),
    b_in_a: coverShare(
      index,
      ib,
      wp.map((p) => [p.b0, p.b1]),
    ),
    citesA: citesOf.get(A.id) ?? [],
    citesB: citesOf.get(B.id) ?? [],
    parasA: A.paragraphs,
    parasB: B.paragraphs,
    agencyA: agency[ia] === 1,
    agencyB: agency[ib] === 1,
    isAgency,
    titleA: titles?.[A.id],
    titleB: titles?.[B.id],
  };
}

/** Share of doc i's words inside the word ranges (each word once), to 4 decimals. */
export function coverShare(index: FingerprintIndex, i: number, ranges: readonly [number, number][]): number {
  return round(coveredLength(ranges) / Math.max(1, docWords(index, i)), 4);
}
