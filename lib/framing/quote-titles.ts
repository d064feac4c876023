// Quote marks around the title of a programme, a show or a work ("said on CNN's “New Day” Monday", "told “Fox News
// Sunday”", "in an interview with “Morning Harbour”"): a name, not words anyone spoke, so no speaker is given to it.
// Pure.
import type { QuoteSpan } from '../types.js';

/** Function words a title in title case writes in lower case ("Face the Nation", "State of the Union"). */
const TITLE_SMALL = new Set('of the and a an in on for to with at by & or from'.split(' '));
/** A word of a title: capitalised, a number, or a possessive or ampersand between such words. */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’.-]*|\p{N}[\p{N},.]*|['’]s|&)$/u;
/** Punctuation that ends or splits a clause: a quote holding it is words, not a title. */
const CLAUSE_MARK = /[.,;:!?]/;
/**
 * Where a title is named: after "on", "told" or "with" ("appeared on", "an interview with"), directly or after the
 * possessive of the channel that airs it ("on NBC ’ s", "told Fox News '").
 */
const TITLE_CUE =
  /(?:^|[^\p{L}])(?:on|told|with)\s+((?:(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*\s*['’]\s?s?\s*)?)$/iu;
/** At most this many words: a title, not a sentence. */
const MAX_WORDS = 6;

/**
 * Whether the quote `q` of `text` is a title in quote marks: at most six words in title case (function words aside),
 * no clause punctuation but a closing comma or period, written after "on", "told" or "with" (or the possessive of a channel after them).
 */
export function titleQuote(text: string, q: QuoteSpan): boolean {
  return titleStart(text, q) >= 0;
}

/**
 * Where the title in quote marks `q` is named, from the channel's possessive before it ("NBC ’ s “Meet the Press”")
 * or its opening mark; -1 when `q` is no title (`titleQuote`).
 */
function titleStart(text: string, q: QuoteSpan): number {
  // a comma or period closing the title is the sentence's, set inside the marks in American style ("“Face the Nation,” Doe said")
  const inner = text
    .slice(q.inner[0], q.inner[1])
    .trim()
    .replace(/\s*[,.]$/, '');
  if (!inner || CLAUSE_MARK.test(inner)) return -1;
  const words = inner.split(/\s+/);
  if (words.length > MAX_WORDS || !TITLE_WORD.test(words[0]) || TITLE_SMALL.has(words[0].toLowerCase())) return -1;
  if (!words.every((w) => TITLE_WORD.test(w) || TITLE_SMALL.has(w))) return -1;
  const m = TITLE_CUE.exec(text.slice(Math.max(0, q.start - 60), q.start));
  return m ? q.start - m[1].length : -1;
}

/** A pair of quote marks and what they hold, in one sentence. */
const QUOTED = /(``|“|")([^`“”"]{1,80}?)(''|”|")/g;

/** The word a named title (and its channel's possessive) reads as in a sentence of reported speech. */
export const TITLE_STANDIN = 'show';

/**
 * Sentence `s` with each title in quote marks and its channel's possessive read as one word (same length: "said on
 * show                     that …"), so the sentence reads as the statement it reports: "Doe told “Morning Harbour”
 * the plan would fail" is Doe's reported speech, not a quote.
 */
export function titlesAsOneWord(s: string): string {
  if (!s.includes('`') && !s.includes('“') && !s.includes('"')) return s;
  let out = '';
  let done = 0;
  for (const m of s.matchAll(QUOTED)) {
    const at = m.index;
    const inner: [number, number] = [at + m[1].length, at + m[1].length + m[2].length];
    const from = titleStart(s, { start: at, end: at + m[0].length, inner, depth: 0, group: 0 });
    if (from < done) continue;
    const to = at + m[0].length;
    out += s.slice(done, from) + TITLE_STANDIN + ' '.repeat(to - from - TITLE_STANDIN.length);
    done = to;
  }
  return done ? out + s.slice(done) : s;
}
