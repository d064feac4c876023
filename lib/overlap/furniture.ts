// Site furniture told from an outlet's own background text by what it is about. A newsletter box, a video player's
// labels or a sign-up line ("Get the Monitor Stories you care about delivered to your inbox") is off the article's
// subject: its content words occur nowhere else in the article. A background paragraph an outlet reuses across the
// articles of one story ("More than 780,000 DREAMers have been allowed to stay … under the Deferred Action …") is on
// it: most of its content words recur in the article's own text.
import type { Doc } from '../types.js';
import type { FingerprintIndex } from './fingerprints.js';
import { STOPWORDS } from '../text/stopwords.js';
import { HAS_LETTER } from '../util/letters.js';

/** At most this share of a passage's content words may recur in the rest of an article for it to read as off-subject. */
export const OFF_SUBJECT_SHARE = 0.34;

/** The content words (norms: letters, not stopwords) of a doc's index positions [from, to). */
function contentWords(doc: Doc, index: Pick<FingerprintIndex, 'tokens'>, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let g = from; g < to; g++) {
    const norm = doc.tokens[index.tokens[g]].norm;
    if (HAS_LETTER.test(norm) && !STOPWORDS.has(norm)) out.add(norm);
  }
  return out;
}

/**
 * The share of the content words of doc `d`'s index words [a0, a1) that also occur in the rest of the doc's text (0
 * when the passage has no content word). Low for furniture, high for background text on the article's subject.
 */
export function subjectShare(
  doc: Doc,
  index: Pick<FingerprintIndex, 'tokens' | 'offsets'>,
  d: number,
  a0: number,
  a1: number,
): number {
  const base = index.offsets[d];
  const inside = contentWords(doc, index, base + a0, base + a1);
  if (!inside.size) return 0;
  const rest = contentWords(doc, index, base, base + a0);
  for (const w of contentWords(doc, index, base + a1, index.offsets[d + 1])) rest.add(w);
  let shared = 0;
  for (const w of inside) if (rest.has(w)) shared++;
  return shared / inside.size;
}
