// Short forms of an outlet named in full earlier in the same article: "The Wall Street Journal reported … a source told
// the Journal", "The New York Times … the Times said". The short form is the full name's last word; it cites the same
// outlet, not a second one called "Journal".
import type { Citation } from './types.js';
import { outletCore } from '../corpus/outlet-name.js';

/** An outlet's name found in the article (cited or not): where it starts, as written, and the outlet it resolves to
 * (the corpus may spell it otherwise: "Wall Street Journal - News" for "The Wall Street Journal"). */
export interface NamedOutlet {
  start: number;
  written: string;
  cited: string;
}

/** A short form is "the X": "Syrian state TV said", after a name ending in TV, is some other channel. */
const THE_BEFORE = /(?:^|[^\p{L}])the\s+\S+$|^the\s/iu;
/** A short form also names the outlet's staff without "the": "told Monitor correspondent …", "a Times reporter". */
export const STAFF_AFTER = /^\s+(?:staff\s+)?(?:correspondent|reporter|columnist|editor|writer|contributor)s?\b/i;

/** The one word of a short form, "The Journal" or "Journal" → "Journal"; null for a longer name. */
export function shortWord(cited: string): string | null {
  const w = cited.replace(/^the\s+/i, '');
  return w.includes(' ') ? null : w;
}

/**
 * The last word of a name of two or more words, or null: "The Wall Street Journal" → "Journal". A name whose last two
 * words are "The X" is itself the short form behind other words ("As The Telegraph" at a sentence start): null.
 */
export function lastWord(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 2 || /^the$/i.test(words[words.length - 2])) return null;
  return words[words.length - 1];
}

/** Whether the name at `at` is a short form: after "the", or naming the outlet's staff ("Monitor correspondent"). */
function shortForm(text: string, at: { start: number; end: number }): boolean {
  return (
    THE_BEFORE.test(text.slice(Math.max(0, at.start - 4), at.end)) || STAFF_AFTER.test(text.slice(at.end, at.end + 30))
  );
}

/**
 * Citations of one article with each short form ("the Journal", "The Times") that is the last word of exactly
 * one outlet named in full before it in the article replaced by that outlet; `own` decides whether it is the article's
 * own outlet. Two earlier outlets ending in the word ("The New York Times", "the Los Angeles Times") leave it as it is.
 * With none, a short form that is the last word of the article's own outlet (`own`: "The Times" in the Washington Times,
 * "the Post" in the Washington Post) is the outlet speaking of itself: a self-reference, not another outlet.
 */
export function expandShortNames(
  text: string,
  cites: readonly Citation[],
  named: readonly NamedOutlet[],
  isOwn: (cited: string) => boolean,
  own = '',
): Citation[] {
  if (!cites.some((c) => c.kind === 'outlet' && shortWord(c.cited))) return [...cites];
  const ownWord = lastWord(outletCore(own))?.toLowerCase();
  const full = [...named].sort((x, y) => x.start - y.start);
  return cites.map((c) => {
    const word = c.kind === 'outlet' ? shortWord(c.cited) : null;
    if (!word || !shortForm(text, c.name)) return c;
    const outlets = new Set<string>();
    for (const n of full) {
      if (n.start >= c.name.start) break;
      if (n.cited !== c.cited && lastWord(n.written.replace(/\s+/g, ' ')) === word) outlets.add(n.cited);
    }
    if (outlets.size === 0 && ownWord === word.toLowerCase()) return { ...c, kind: 'self' };
    if (outlets.size !== 1) return c;
    const [cited] = outlets;
    return { ...c, cited, kind: isOwn(cited) ? 'self' : 'outlet' };
  });
}
