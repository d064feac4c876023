// A loaded word inside the title of a work the text names ("the book Fire and Fury", "his memoir Hard Choices"): the
// title's word, not the outlet's. A title is a run of capitalised words (and the small words titles keep in lower
// case) right after a noun of a work (book, film, memoir, documentary, album, …) that a determiner opens.
import type { Doc } from '../types.js';

/**
 * Nouns of a work whose title may follow unquoted: "the book Fire and Fury", "the film Green Border" ("novel" is
 * left out: "the novel Wuhan coronavirus" is the adjective).
 */
const WORKS = new Set(
  (
    'book books film films movie movies memoir memoirs documentary documentaries series show play song album essay ' +
    'poem bestseller best-seller'
  ).split(' '),
);

/** Words before a work's noun: a determiner or a possessive ("the book", "his memoir", "a new film"). */
const WORK_DETERMINERS = new Set('the a an his her their its our my this that new latest recent'.split(' '));

/** Small words a title keeps in lower case inside it: "Fire and Fury", "Profiles in Courage". */
const TITLE_SMALL = new Set('and of the a an in on to for at by with or & from'.split(' '));

/** The longest title run looked back over, in words. */
const MAX_TITLE_WORDS = 8;

/** Whether token k is written capitalised. */
const capitalised = (d: Doc, k: number): boolean => /^\p{Lu}/u.test(d.text[d.tokens[k].start] ?? '');

/**
 * True when token i, written capitalised, lies in a title right after a noun of a work (WORKS) after a determiner
 * (WORK_DETERMINERS): walking back over capitalised words and a title's small words, within MAX_TITLE_WORDS, the first
 * word of the run follows the noun.
 */
export function inWorkTitle(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (!capitalised(d, i)) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_TITLE_WORDS && d.tokens[k].sentence === s; k--) {
    const w = d.tokens[k].norm;
    if (WORKS.has(w) && !capitalised(d, k))
      return capitalised(d, k + 1) && WORK_DETERMINERS.has(d.tokens[k - 1]?.sentence === s ? d.tokens[k - 1].norm : '');
    if (!capitalised(d, k) && !TITLE_SMALL.has(w)) return false;
  }
  return false;
}
