// A word of another act that governs a head through "of" names what is done to the head's act, not another act:
// "a ruling that barred enforcement of the order", "blocked the enforcement of many key parts of the executive
// order". "Enforcement" is an act of its own in "an order on interior enforcement", but here the order is the thing
// enforced, so the word tells nothing against the order being the family's act. Pure: tokens and act-word flags in,
// the flags of such governing words cleared.
import type { Token } from '../types.js';
import { isStopword } from '../text/stopwords.js';

/** How far back from a head the "of" phrase holding it is read ("enforcement of many key parts of the order"). */
const REACH = 8;

/** Function words that may stand inside the noun phrases of an "of" chain ("of the", "many key parts of"). */
const INSIDE: ReadonlySet<string> = new Set(
  "of the a an this that these those its his her their our all many some several most other both each any 's".split(
    ' ',
  ),
);

/**
 * For each head at `heads`, clears the flag (2: another act's word) of a word heading an "of" chain that ends in the
 * head: back from the head over content words, determiners and "of" only, within eight tokens of its sentence, the
 * word right before an "of". A preposition, a verb's function word or punctuation ends the chain ("separation of
 * families under the order" keeps "separation").
 */
export function clearGoverningWords(toks: readonly Token[], at: Uint8Array, heads: readonly number[]): void {
  for (const i of heads) {
    const s = toks[i].sentence;
    for (let k = i - 1; k >= Math.max(1, i - REACH); k--) {
      const t = toks[k];
      if (t.sentence !== s || t.kind !== 'word') break;
      if (isStopword(t.norm) && !INSIDE.has(t.norm)) break;
      if (t.norm === 'of' && toks[k - 1].sentence === s && at[k - 1] === 2) {
        at[k - 1] = 0;
        break;
      }
    }
  }
}
