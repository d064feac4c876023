// Word n-grams within sentences: terms never span punctuation or sentence ends.
import type { Doc } from '../types.js';
import { isStopword } from './stopwords.js';
import { stem as porter } from './stem.js';

/** How tokens become terms. */
export interface TermOptions {
  /** smallest and largest n-gram length (default [1, 1]) */
  ngrams?: [number, number];
  /** drop stopwords (unigrams) and n-grams that start or end with one (default true) */
  stopwords?: boolean;
  /** Porter-stem each word (default false) */
  stem?: boolean;
  /** keep number tokens as terms (default false) */
  numbers?: boolean;
}

/** The terms of one doc, in text order (n-grams joined by a space), with the token index each starts at. */
export function docTerms(doc: Doc, opts: TermOptions = {}): { terms: string[]; at: Int32Array } {
  const [nMin, nMax] = opts.ngrams ?? [1, 1];
  const dropStop = opts.stopwords ?? true;
  const keepNumbers = opts.numbers ?? false;
  const terms: string[] = [];
  const at: number[] = [];
  // runs of word tokens, broken by punctuation (the possessive 's is skipped, not a break) and sentence ends
  let run: { norm: string; i: number; stop: boolean }[] = [];
  const flush = () => {
    for (let n = nMin; n <= nMax; n++) {
      for (let s = 0; s + n <= run.length; s++) {
        if (n === 1) {
          if (dropStop && run[s].stop) continue;
          if (!keepNumbers && /^[$£€¥]?\d/.test(run[s].norm)) continue;
        } else if (dropStop && (run[s].stop || run[s + n - 1].stop)) continue;
        let term = run[s].norm;
        for (let k = 1; k < n; k++) term += ' ' + run[s + k].norm;
        terms.push(term);
        at.push(run[s].i);
      }
    }
    run = [];
  };
  let sentence = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.sentence !== sentence) { flush(); sentence = t.sentence; }
    if (t.kind === 'word' || t.kind === 'number') {
      const norm = opts.stem ? porter(t.norm) : t.norm;
      run.push({ norm, i, stop: isStopword(t.norm) });
    } else if (t.norm !== "'s") {
      flush();
    }
  }
  flush();
  return { terms, at: Int32Array.from(at) };
}
