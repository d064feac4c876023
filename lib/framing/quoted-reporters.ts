// Reported statements read inside another speaker's quote: in “… concerns were eased when the solicitor general
// clarified that …,” Doe said, the solicitor general's statement is Doe's account, no statement the outlet reports. The
// quote's speaker keeps the words; the reporter read inside them is no source of the outlet, and no later "she" refers
// to it. Pure: a voice's quotes in, a test of a position out.
import type { Quote } from './types.js';
import { rangeAt } from '../util/search.js';

/** How a quote's speaker was found by its marks and the attribution beside them (not a mark-less block, turn or post). */
const MARKED_VIAS: ReadonlySet<string> = new Set(['after', 'before', 'pronoun', 'continued', 'according', 'sentence']);
/**
 * The longest quote read as one (characters): a longer "quote" is most often marks paired across paragraphs (a
 * closing mark missed), whose inside is the outlet's own text.
 */
const LONGEST_QUOTE = 600;
/**
 * A quote's span closing on a closing mark: one that runs to a paragraph's end unclosed, or "closes" on an opening mark
 * ("… we can not afford it . `` The Post notes … `` ": a closing mark typed as an opening one), paired the wrong marks.
 */
const CLOSED = /(?:''|[”"»’'])\s*$/u;

/**
 * The spans of a doc's top-level quotes (of its `text`) whose speaker the text names by the quote's marks, at most
 * LONGEST_QUOTE characters long and closed by a closing mark, sorted by start: what `insideSpokenQuote` reads.
 */
export function spokenQuotes(text: string, quotes: readonly Quote[]): { start: number; end: number }[] {
  return quotes
    .filter(
      (q) =>
        q.depth === 0 &&
        q.speaker &&
        q.via &&
        MARKED_VIAS.has(q.via) &&
        q.end - q.start <= LONGEST_QUOTE &&
        CLOSED.test(text.slice(Math.max(q.start, q.end - 8), q.end)),
    )
    .map((q) => ({ start: q.start, end: q.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether position `at` lies inside one of `spoken` (spokenQuotes): a reporter there speaks in someone's quote. */
export function insideSpokenQuote(spoken: readonly { start: number; end: number }[], at: number): boolean {
  return rangeAt(spoken, at) >= 0;
}
