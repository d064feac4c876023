// Word n-grams within sentences: terms never span punctuation or sentence ends.
import type { Doc } from '../types.js';
import { termStop } from './stopwords.js';
import { stem as porter } from './stem.js';
import { isTermToken } from './tokenize.js';
import { phraseAt } from './name-phrases.js';
import { phraseKey } from './name-phrases-long.js';
import type { TermOptions } from './types.js';

/** A run of consecutive word tokens inside one sentence, as visitTerms passes it: norms (stemmed if asked), token indexes, stopword flags. */
export interface TermRun {
  norms: string[];
  index: number[];
  /** not a term alone nor a phrase's last word: a stopword or a negation (termStop) */
  stop: boolean[];
  /** cannot open a phrase: a stopword, not a negation ("not guilty" is a phrase) */
  noOpen: boolean[];
  /** the word is a figure (NUMBER_START) */
  number: boolean[];
}

/**
 * Visit the terms of one doc in text order without building their strings: each term is run.norms[s .. s+n) joined by
 * a space, starting at token run.index[s]. docTerms is this visitor collecting strings.
 */
export function visitTerms(doc: Doc, opts: TermOptions, f: (run: TermRun, s: number, n: number) => void): void {
  const [nMin, nMax] = opts.ngrams ?? [1, 1];
  const dropStop = opts.stopwords ?? true;
  const keepNumbers = opts.numbers ?? false;
  // runs of word tokens, broken by punctuation (the possessive 's is skipped, not a break) and sentence ends
  const run: TermRun = { norms: [], index: [], stop: [], noOpen: [], number: [] };
  const flush = () => {
    const len = run.norms.length;
    for (let n = nMin; n <= nMax; n++) {
      for (let s = 0; s + n <= len; s++) {
        if (n === 1) {
          if (dropStop && run.stop[s]) continue;
          if (!keepNumbers && run.number[s]) continue;
        } else if (dropStop && (run.noOpen[s] || run.stop[s + n - 1])) continue;
        f(run, s, n);
      }
    }
    run.norms.length = 0;
    run.index.length = 0;
    run.stop.length = 0;
    run.noOpen.length = 0;
    run.number.length = 0;
  };
  let sentence = -1;
  let n = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.sentence !== sentence) {
      flush();
      sentence = t.sentence;
    }
    if (opts.keep && !opts.keep[i]) {
      flush();
    } else if (opts.phrases?.size && (n = phraseAt(doc, i, opts.phrases, opts.keep)) > 0) {
      // a name ("White House", "Department of Justice") is one term, its words not counted apart
      pushWord(run, phraseKey(doc, i, i + n), i, 'content');
      i += n - 1;
    } else if (isTermToken(t)) {
      // "US" is the country (as "U.S."), "us" the pronoun natural's list lacks
      const base = t.norm === 'us' && doc.text.startsWith('US', t.start) ? 'u.s.' : t.norm;
      pushWord(run, opts.stem ? porter(base) : base, i, termStop(base));
    } else if (t.norm !== "'s") {
      flush();
    }
  }
  flush();
}

/** Add one word (or a two-word name) to a run. */
function pushWord(run: TermRun, norm: string, i: number, kind: 'content' | 'stop' | 'negation'): void {
  run.norms.push(norm);
  run.number.push(isFigure(norm));
  run.index.push(i);
  run.stop.push(kind !== 'content');
  run.noOpen.push(kind === 'stop');
}

/** A word that is a figure: a digit first, after an optional currency sign. */
export const NUMBER_START = /^[$£€¥]?\d/;

/** NUMBER_START.test(word), by character codes (visitTerms asks it of every word). */
export function isFigure(word: string): boolean {
  let c = word.charCodeAt(0);
  // $ £ € ¥
  if (c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5) c = word.charCodeAt(1);
  return c >= 48 && c <= 57;
}

/** The term run.norms[s .. s+n) as a string (words joined by a space). */
export function termText(run: TermRun, s: number, n: number): string {
  let term = run.norms[s];
  for (let k = 1; k < n; k++) term += ' ' + run.norms[s + k];
  return term;
}

/** The terms of one doc, in text order (n-grams joined by a space), with the token index each starts at. */
export function docTerms(doc: Doc, opts: TermOptions = {}): { terms: string[]; at: Int32Array } {
  const terms: string[] = [];
  const at: number[] = [];
  visitTerms(doc, opts, (run, s, n) => {
    terms.push(termText(run, s, n));
    at.push(run.index[s]);
  });
  return { terms, at: Int32Array.from(at) };
}
