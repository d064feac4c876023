// Whether a sentence is written in title case, as headlines are ("Federal Judge Halts Vale's Orders On Trade"): its
// capitals mark no names. One reader for every analysis that must not take a headline's capitals for names.
import type { Doc } from '../types.js';
import { isUpperChar } from './tokenize.js';

/** Tokens a headline may have: a longer sentence is read as prose. */
const MAX_HEADLINE_TOKENS = 40;

/**
 * Sentence `s` of `d` is written in title case: three words of four letters or more, and every one capitalised (a
 * sentence naming "the Center on Terrorism and Homeland Security" has its lower-case words). A line in capitals is
 * one too.
 */
export function isTitleCaseSentence(d: Doc, s: number): boolean {
  const sent = d.sentences[s];
  if (!sent || sent.tokenEnd - sent.tokenStart > MAX_HEADLINE_TOKENS) return false;
  let long = 0;
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
    const t = d.tokens[k];
    if (t.kind !== 'word' || t.end - t.start < 4) continue;
    if (!isUpperChar(d.text[t.start])) return false;
    long++;
  }
  return long >= 3;
}
