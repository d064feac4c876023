// How a term is shown to a reader: the counts are folded to lower case ("assad", "hong kong", "u.s."), but a chart, a
// finding or a table reads better in the corpus's own spelling ("Assad", "Hong Kong", "U.S.", "asylum"). The display
// form of a term is the written form its uses take most often where no sentence, line or clause opens (a capital
// there says nothing about the word); a term the corpus writes only at such openings keeps its folded form. The
// counts and every row's key stay folded: only what is printed changes.
import type { Doc, Token } from '../types.js';
import { isTermToken } from '../text/tokenize.js';
import { opensSentence } from '../text/word-case.js';
import { normalizeTerm } from '../text/normalize.js';
import { byString } from '../util/compare.js';

/** term (folded key) -> its display form, for the terms whose display form differs from the key. */
export type TermDisplay = Readonly<Record<string, string>>;

/**
 * The display forms of `terms` over `docs` (see the file head), only for terms shown otherwise than their key. One
 * pass over the tokens, one Map probe per word.
 */
export function displayForms(docs: readonly Doc[], terms: Iterable<string>): Record<string, string> {
  const byFirst = new Map<string, string[][]>();
  for (const t of new Set(terms)) {
    const words = termTokens(t);
    const list = byFirst.get(words[0]);
    if (list) list.push(words);
    else byFirst.set(words[0], [words]);
  }
  const tallies = new Map<string, Map<string, number>>();
  for (const d of docs) {
    const toks = d.tokens;
    for (let i = 0; i < toks.length; i++) {
      const list = byFirst.get(wordNorm(d, toks[i]));
      if (!list || !isTermToken(toks[i]) || opensSentence(d, i)) continue;
      for (const words of list) {
        const written = writtenAt(d, i, words);
        if (written === undefined) continue;
        const key = keyOf(words);
        const m = tallies.get(key) ?? tallies.set(key, new Map()).get(key)!;
        m.set(written, (m.get(written) ?? 0) + 1);
      }
    }
  }
  const out: Record<string, string> = {};
  for (const [key, m] of [...tallies].sort((a, b) => byString(a[0], b[0]))) {
    const best = mostWritten(key, m);
    if (best !== key) out[key] = best;
  }
  return out;
}

/** The term's display form, or the term itself (own keys only: a term "constructor" is no Object method). */
export function shownTerm(display: TermDisplay | undefined, term: string): string {
  return display && Object.hasOwn(display, term) ? display[term] : term;
}

/** A term's tokens: its words, a possessive "'s" joined to a word ("kate's law", a law's name) a token of its own. */
function termTokens(term: string): string[] {
  const out: string[] = [];
  for (const w of term.split(' ')) {
    if (w.length > 2 && w.endsWith("'s")) out.push(w.slice(0, -2), "'s");
    else out.push(w);
  }
  return out;
}

/** The term key of its tokens (termTokens undone). */
function keyOf(words: readonly string[]): string {
  let key = words[0];
  for (let k = 1; k < words.length; k++) key += (words[k] === "'s" ? '' : ' ') + words[k];
  return key;
}

/** A token's norm as the term counts read it: "US" is the country, as "U.S." (lib/text/ngrams.ts). */
function wordNorm(d: Doc, t: Token): string {
  return t.norm === 'us' && d.text.startsWith('US', t.start) ? 'u.s.' : t.norm;
}

/**
 * The written form of the term `words` starting at token i, or undefined when the words do not follow: a possessive
 * "'s" between words is skipped, as the counts skip it ("Obama 's administration" counts "obama administration").
 */
function writtenAt(d: Doc, i: number, words: readonly string[]): string | undefined {
  const toks = d.tokens;
  let written = '';
  let k = i;
  for (let w = 0; w < words.length; w++, k++) {
    const need = words[w];
    // a possessive between words that the term does not hold is skipped, as the counts skip it
    while (w > 0 && need !== "'s" && toks[k]?.norm === "'s" && toks[k].sentence === toks[i].sentence) k++;
    const t = toks[k];
    // a name counted as one term ("white house", "kate's law") is several tokens here
    if (!t || t.sentence !== toks[i].sentence) return undefined;
    if (need === "'s" && t.norm === "'s") {
      written += d.text.slice(t.start, t.end).replace(/\s+/g, '');
      continue;
    }
    if (!isTermToken(t) || wordNorm(d, t) !== need) return undefined;
    written += (w > 0 ? ' ' : '') + d.text.slice(t.start, t.end);
  }
  // only a change of case is shown: a spaced contraction ("shouldn ’ t", "wo n't") or "US" for "u.s." is no display
  return normalizeTerm(written) === keyOf(words) ? written : undefined;
}

/**
 * The form written most often (ties to the first by code), or the folded key while the corpus writes the key itself
 * at least half as often: a word written in lower case a third of the time is a word ("state" beside "State
 * Department"), shown as one; "House" (74 to 4) and "President" (62 to 27) are shown as written.
 */
function mostWritten(key: string, m: ReadonlyMap<string, number>): string {
  let best = key;
  let most = 0;
  for (const [form, n] of [...m].sort((a, b) => byString(a[0], b[0]))) {
    if (n > most) {
      best = form;
      most = n;
    }
  }
  return 2 * (m.get(key) ?? 0) >= most ? key : best;
}
