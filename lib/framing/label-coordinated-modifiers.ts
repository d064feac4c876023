// A singular head of people joined by "and" or "or" to a modifier of a noun of things is itself that noun's modifier,
// no label of people: "their immigrant and refugee roots", "immigrant and non-immigrant visas", "civilian and military
// targets", "refugee and human rights groups", "patient and persistent diplomacy". The phrase after the conjunction
// is two or three lower-case words ending the noun phrase, its last a noun that names no people ("the judge and
// defense attorneys", "an activist and single mother of one" keep their label). Pure over the doc's tokens.
import type { Doc } from '../types.js';
import { STARTS_LOWER } from '../util/letters.js';
import { isStopword } from '../text/stopwords.js';

/** Words of the phrase after the conjunction, its modifiers and noun ("human rights groups"). */
const PHRASE_REACH = 3;
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * Whether token k is a lower-case content word of the sentence s, no verb's "-ed" or "-ing" form ("audited the
 * immigrant and requested payment", "women and children fleeing violence": verbs, not a noun phrase).
 */
function contentWord(d: Doc, k: number, s: number): boolean {
  const t = d.tokens[k];
  if (!t || t.sentence !== s || t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
  return !isStopword(t.norm) && !/(?:ed|ing)$/.test(t.norm);
}

/**
 * Whether the singular head at token i modifies, with the words after "and" or "or", a noun of things: two to
 * PHRASE_REACH content words follow the conjunction and end there, the last a noun (`isNoun`) that names no people
 * (`isPeople`).
 */
export function coordinatedModifier(
  d: Doc,
  i: number,
  isPeople: (norm: string) => boolean,
  isNoun: (norm: string) => boolean,
): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  if (!CONJUNCTIONS.has(toks[i + 1]?.norm ?? '') || toks[i + 1].sentence !== s) return false;
  let k = i + 2;
  while (k < i + 2 + PHRASE_REACH && contentWord(d, k, s)) k++;
  if (k - (i + 2) < 2 || contentWord(d, k, s)) return false;
  const last = toks[k - 1].norm;
  return isNoun(last) && !isPeople(last);
}
