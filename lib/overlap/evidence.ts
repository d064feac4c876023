// How unlikely the shared text of a passage is by chance, from the corpus's document frequencies of its word sequences.
// evidence = (matched words / n) * mean over the passage's n-word shingles of log10(N / df), where df is the number of
// articles holding the shingle (at least 2: both sides) and N the corpus size, taken as at least PRIOR_DOCS. Read it as
// -log10 of the chance that an unrelated article holds the same text: m matched words count as m / n independent n-word
// blocks, each as common as the passage's mean shingle. A phrase many articles carry (a title with a party tag, a place
// formula) scores low however long; a run seen in these two articles only scores high even when short.
import type { FingerprintIndex } from './fingerprints.js';
import type { WordPassage } from './types.js';

/** Small corpora cannot show that a phrase is rare: N is taken as at least this many articles. */
export const PRIOR_DOCS = 1000;

/**
 * A passage counts as shared text (not chance) at this evidence or more. 3.5 is what a 7-word run seen in no other
 * article of a 1,000-article corpus scores (1.4 blocks * log10(1000 / 2) = 3.78), i.e. the old 7-word floor on a corpus
 * that size, while a 5-word run held by 10 articles of 10,000 scores 3.0 and does not count.
 * See docs/notes/reuse-eval.md.
 */
export const EVIDENCE_MIN = 3.5;

/** Evidence of one word passage between doc ia (its a side) and another doc. */
export function passageEvidence(index: FingerprintIndex, ia: number, p: WordPassage): number {
  const { n, shingle, df } = index;
  const oa = index.offsets[ia];
  const N = Math.max(index.docs, PRIOR_DOCS);
  let sum = 0,
    count = 0;
  for (let g = oa + p.a0; g + n <= oa + p.a1; g++) {
    const s = shingle[g];
    if (s < 0) continue;
    sum += Math.log10(N / Math.max(2, df[s]));
    count++;
  }
  if (!count) return 0;
  return Math.round((p.matched / n) * (sum / count) * 100) / 100;
}
