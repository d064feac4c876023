// Which of a pair's aligned passages count: an attribution formula shared by chance does not count toward the word
// floor (citationWords), and each passage needs the evidence floor (lib/overlap/evidence.ts).
import type { Doc } from '../types.js';
import type { FingerprintIndex } from './fingerprints.js';
import { passageEvidence } from './evidence.js';
import { firstTokenAt, isTermToken } from '../text/tokenize.js';
import type { Citation, Passage, WordPassage } from './types.js';

/**
 * The passages of a pair that count: an attribution formula shared by chance ("Ahmed Said told Reuters that the") is
 * not reuse, so its citation words do not count toward minWords; then each passage needs evidence >= minEvidence.
 */
export function keptPassages(
  index: FingerprintIndex,
  ia: number,
  A: Doc,
  B: Doc,
  all: Passage[],
  wps: readonly WordPassage[],
  citesOf: ReadonlyMap<string, Citation[]>,
  floor: { minWords: number; minEvidence: number },
  counted: { formulas: number },
): { passages: Passage[]; words: WordPassage[] } {
  const passages: Passage[] = [],
    words: WordPassage[] = [];
  all.forEach((p, k) => {
    const cited = Math.min(citationWords(A, citesOf.get(A.id), p.a), citationWords(B, citesOf.get(B.id), p.b));
    if (p.matched - cited < floor.minWords) {
      counted.formulas++;
      return;
    }
    p.evidence = passageEvidence(index, ia, wps[k]);
    if (p.evidence >= floor.minEvidence) {
      passages.push(p);
      words.push(wps[k]);
    }
  });
  return { passages, words };
}

/** Words (as the fingerprint index counts them) of a doc's citations, cue and outlet name, inside the character range [s, e). */
export function citationWords(d: Doc, cites: readonly Citation[] | undefined, [s, e]: [number, number]): number {
  if (!cites) return 0;
  let n = 0;
  for (const c of cites) {
    const from = Math.max(s, c.start),
      to = Math.min(e, c.end);
    for (let i = firstTokenAt(d.tokens, from); i < d.tokens.length && d.tokens[i].end <= to; i++)
      if (isTermToken(d.tokens[i])) n++;
  }
  return n;
}
