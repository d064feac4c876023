// The evaluative weight of a term, for ranking distinctive terms: lexicon words and phrases weigh 1, other words their
// general weight.
import type { LoadedLexicon } from './types.js';
import { wordWeight } from './evaluative.js';
import { compileLexicon, WildcardIndex } from './loaded-lexicon.js';

/**
 * Evaluative weight of a term (a word or a 2-3-word phrase, lower case), for ranking distinctive terms: 1 for a lexicon
 * word or a phrase holding a lexicon phrase, a word's general weight (wordWeight), half the best word's weight for other
 * phrases. Results are cached per word.
 */
export function termWeigher(lex?: LoadedLexicon): (term: string) => number {
  const compiled = lex ? compileLexicon(lex) : [];
  const single = compiled.filter((c) => c.words.length === 1);
  const exact = new Set(single.filter((c) => !c.term.includes('*')).map((c) => c.term));
  const wild = new WildcardIndex(single.filter((c) => c.term.includes('*')));
  const phrases = new Set(compiled.filter((c) => c.words.length > 1 && !c.term.includes('*')).map((c) => c.term));
  const spaced = [...phrases].every((p) => p.includes(' '));
  const wordCache = new Map<string, number>();
  const word = (w: string): number => {
    let v = wordCache.get(w);
    if (v === undefined) {
      v = exact.has(w) || wild.matching(w).length ? 1 : Math.round(wordWeight(w) * 1e4) / 1e4;
      wordCache.set(w, v);
    }
    return v;
  };
  return (term: string) => {
    if (!term.includes(' ')) return word(term);
    if (phrases.size && holdsPhrase(term, phrases, spaced)) return 1;
    // a phrase around a loaded word ("chaos is akin") is a fragment more often than a coined phrase: half the word's weight
    let best = 0;
    for (const w of term.split(' ')) best = Math.max(best, word(w));
    return best / 2;
  };
}

/**
 * True when one of `phrases` is a run of whole words of `term` (" p " inside " term ", words split at single spaces):
 * the term's runs looked up in a Set, instead of searching the term for each lexicon phrase (every phrase of every
 * outlet's terms is weighed, some twice). `spaced`: every phrase holds a space, so one-word runs are not looked up.
 */
function holdsPhrase(term: string, phrases: ReadonlySet<string>, spaced: boolean): boolean {
  for (let s = 0; ;) {
    const first = term.indexOf(' ', s); // the end of the runs' first word
    if (first < 0) return !spaced && phrases.has(term.slice(s));
    if (!spaced && phrases.has(term.slice(s, first))) return true;
    for (let e = term.indexOf(' ', first + 1); ; e = term.indexOf(' ', e + 1)) {
      if (phrases.has(term.slice(s, e < 0 ? term.length : e))) return true;
      if (e < 0) break;
    }
    s = first + 1;
  }
}
