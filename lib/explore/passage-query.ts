// The words a shared passage is looked up by in the rest of the corpus: the longest run of words both sides of the
// passage carry word for word (at most 12 words), so "who else carries this passage?" finds a quote or a wire
// paragraph in every outlet that has it, even when the pair's passage bridges small edits. Pure.
import type { Analysis } from '../pipeline.js';
import { isTermToken, tokenize } from '../text/tokenize.js';
import { kwic, type KwicOptions } from './kwic.js';
import type { Passage } from '../overlap/types.js';
import type { KwicRow } from './types.js';

/** Longest query, in words: long enough to be specific, short enough to survive the next outlet's edits. */
const MAX_WORDS = 12;

interface Word {
  norm: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return tokenize(text)
    .filter(isTermToken)
    .map((t) => ({ norm: t.norm, start: t.start, end: t.end }));
}

/**
 * The query of one passage: side a's text of the longest run of words that side b repeats exactly (capped at 12 words,
 * the first such run on ties); side a's first 12 words when the sides share no word in order.
 */
export function passageQuery(passage: Pick<Passage, 'text' | 'b_text'>): string {
  const a = words(passage.text);
  const b = words(passage.b_text).map((w) => w.norm);
  if (!a.length) return passage.text.trim();
  // longest common substring over words, by dynamic programming on one row (passages are short)
  let best = 0,
    bestEnd = 0;
  let prev = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const row = new Uint16Array(b.length + 1);
    for (let j = 1; j <= b.length; j++)
      if (a[i - 1].norm === b[j - 1]) {
        row[j] = prev[j - 1] + 1;
        if (row[j] > best) [best, bestEnd] = [row[j], i];
      }
    prev = row;
  }
  const from = best ? bestEnd - best : 0;
  const to = best ? Math.min(bestEnd, from + MAX_WORDS) : Math.min(a.length, MAX_WORDS);
  return passage.text.slice(a[from].start, a[to - 1].end);
}

/** The key a passage query is listed under in the report's explorer (`#passage=<key>`): its normalised words. */
export function passageKey(query: string): string {
  return words(query)
    .map((w) => w.norm)
    .join(' ');
}

/**
 * Every occurrence in the corpus of the words a pair's passage shares (its `passageQuery`), grouped by outlet like
 * `kwic`: the articles that carry the same quote, statement or paragraph.
 */
export function kwicPassage(
  analysis: Analysis,
  passage: Pick<Passage, 'text' | 'b_text'>,
  opts: KwicOptions = {},
): KwicRow[] {
  return kwic(analysis, passageQuery(passage), opts);
}
