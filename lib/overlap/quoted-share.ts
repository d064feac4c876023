// Rule 1 of the passage kinds, by quote marks: a passage mostly inside quote marks on either side, or a partial quote
// with only a short lead-in around it, is a third party's words that both articles print.
import { QUOTED } from './passages.js';
import type { Passage } from './types.js';
import { quotedBeyondAttribution, withoutSpeakers } from './attribution.js';

/**
 * A passage reads as a quote when this share of it, on either side, is inside quote marks. Higher than QUOTED: a shared
 * run that also holds a fair stretch of shared narration around the quote is copied text that happens to hold a quote.
 */
export const QUOTED_SOURCE = 0.8;

/** Why a passage reads as a quote on one side or both (QUOTED_SOURCE of it inside quote marks), or null. */
export function quoteReason(x: Passage): string | null {
  const qa = quotedBeyondAttribution(x.text, x.quoted_a) >= QUOTED_SOURCE,
    qb = quotedBeyondAttribution(x.b_text, x.quoted_b) >= QUOTED_SOURCE;
  if (qa && qb) return 'inside quote marks in both articles: a quote of a third party';
  if (qa || qb) return 'inside quote marks in one article: a quote of a third party printed by both';
  return null;
}

/** Narration shorter than this many words beside a quote is a lead-in ("X said the plan was"), not copied text. */
export const LEAD_IN_WORDS = 7;

/**
 * A passage that is mostly a quote (QUOTED on one side) whose words outside quote marks, on that side, are under
 * LEAD_IN_WORDS: a partial quote with its lead-in ("officials said separating families was ``certainly not ...''"),
 * the end of a quote with its speaker ("... break on Syria,'' a former official" when the passage starts inside the
 * quote), or a text quoted in pieces ("entry of a “class of aliens” would be “detrimental to the ...",
 * when the passage ends inside the second quote).
 */
export function quoteWithLeadIn(x: Passage): string | null {
  for (const [text, q] of [
    [x.text, x.quoted_a],
    [x.b_text, x.quoted_b],
  ] as const) {
    if (q < QUOTED) continue;
    const rest = unquotedWords(withoutSpeakers(text));
    if (rest !== null && rest < LEAD_IN_WORDS)
      return `mostly a quote of a third party; the ${rest} words outside quote marks are too few to be copied narration`;
  }
  return null;
}

// quote marks in the order they stand; an opening one (`` “ „ «) or a straight one opens a quote, the rest close it
const MARK = /``|''|["\u201C\u201D\u201E\u00AB\u00BB]/gu;
const OPENS = new Set(['``', '\u201C', '\u201E', '\u00AB']);

const countWords = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Words of a passage's text outside quote marks, or null when it has none: the passage opens inside a quote when its
 * first mark closes one, and ends inside one when its last mark opens one (the quote closes after the passage).
 */
export function unquotedWords(text: string): number | null {
  const marks = [...text.matchAll(MARK)];
  if (!marks.length) return null;
  let inside = !OPENS.has(marks[0][0]) && marks[0][0] !== '"';
  let at = 0,
    words = 0;
  for (const m of marks) {
    if (!inside) words += countWords(text.slice(at, m.index));
    inside = m[0] === '"' ? !inside : OPENS.has(m[0]);
    at = m.index + m[0].length;
  }
  return inside ? words : words + countWords(text.slice(at));
}
