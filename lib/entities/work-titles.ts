// Titles of works: a film, a book, a song or a show named in quotation marks ("the film “Viva Zapata”", "his novels
// “The Collapse” (1964), “Sleeping Bread” (1975)", "appearances in “Ice Cold in Alex”, “Lawrence of Arabia”"). The
// words of such a title are no person, organisation or place, whatever their shape ("Lawrence", "Michael Collins",
// "Alex"); the project types them 'event', its class of things named but neither actors nor places (as ships, laws
// and programmes). A quote needs a cue that it is a title: a word for a work just before it, a year in brackets after
// it, or a title before it in the same list; a name in quotation marks with no such cue is left to the other rules.
// Single quotation marks ("the film ‘Collapse’", "his book 'Fear'") quote titles as double ones do; a cued title is one
// mention, whatever its words ("Bread and Tulips", "Fear"), so a one-word title is named too.
import type { Doc } from '../types.js';

/** Lower-case words that, up to four words before a quotation, say it is the title of a work. */
const WORK_WORDS: ReadonlySet<string> = new Set([
  'film',
  'films',
  'movie',
  'movies',
  'documentary',
  'documentaries',
  'novel',
  'novels',
  'book',
  'books',
  'memoir',
  'memoirs',
  'bestseller',
  'best-seller',
  'play',
  'plays',
  'musical',
  'opera',
  'song',
  'songs',
  'album',
  'albums',
  'poem',
  'poems',
  'painting',
  'paintings',
  'essay',
  'essays',
  'series',
  'sitcom',
  'show',
  'episode',
  'episodes',
  'podcast',
  'thriller',
  'comedy',
  'drama',
  'epic',
  'titled',
  'entitled',
  'headlined',
  'starred',
  'starring',
  'appearances',
]);

/** Words that may stand between a work's word and its quoted title ("his 1962 novel, “X”", "a film than over “X”",
 * "a movie called “X”"); not an article: "the book called the “Green Party” a fraud" quotes no title. */
const BRIDGE: ReadonlySet<string> = new Set(
  ', : as in over than new latest first last own called named titled entitled translate translates for'.split(' '),
);

/** Lower-case words a title may hold between its capitalised ones ("Lawrence of Arabia", "Anne of a Thousand Days"). */
const TITLE_SMALL: ReadonlySet<string> = new Set(
  'a an the of and or in on at to for from with by as into over upon under de del la le du von van'.split(' '),
);

/** Punctuation a title may hold ("2001: A Space Odyssey", "Hands Off, Please!"). */
const TITLE_PUNCT: ReadonlySet<string> = new Set([',', ':', '!', '?', '-', '&', "'s", "'"]);

/** The most tokens a title runs to. */
const MAX_TITLE = 12;

const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** Token k may stand inside a title: a capitalised word, a number, a small lower-case word or a title's punctuation. */
function titleToken(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  if (t.kind === 'number') return true;
  if (t.kind === 'word') return capitalised(d, k) || TITLE_SMALL.has(t.norm);
  return TITLE_PUNCT.has(t.norm);
}

/** Token k is a quotation mark, double or `single`, that opens (`open`) or closes a quotation, by its shape or its
 * spacing. */
function quoteMark(d: Doc, k: number, open: boolean, single = false): boolean {
  const t = d.tokens[k];
  if (t?.norm !== (single ? "'" : '"')) return false;
  const ch = d.text[t.start];
  if (single ? ch === '‘' : ch === '“' || ch === '„') return open;
  if (single ? ch === '’' : ch === '”') return !open;
  // a straight quote opens when glued to what follows and not to what comes before, and closes the other way round
  const before = t.start === 0 ? ' ' : d.text[t.start - 1];
  const after = t.end >= d.text.length ? ' ' : d.text[t.end];
  return open ? /\s|\(/.test(before) && !/\s/.test(after) : !/\s/.test(before);
}

/** The quotation marks around tokens first..last of sentence si when only title tokens stand between: [open, close]. */
function quotedSpan(d: Doc, si: number, first: number, last: number, single = false): [number, number] | null {
  let o = first - 1;
  while (o >= 0 && first - o <= MAX_TITLE && d.tokens[o].sentence === si && !quoteMark(d, o, true, single)) {
    if (!titleToken(d, o)) return null;
    o--;
  }
  if (o < 0 || !quoteMark(d, o, true, single) || d.tokens[o].sentence !== si) return null;
  let c = last + 1;
  while (c < d.tokens.length && c - o <= MAX_TITLE && d.tokens[c].sentence === si && !quoteMark(d, c, false, single)) {
    if (!titleToken(d, c)) return null;
    c++;
  }
  if (c >= d.tokens.length || !quoteMark(d, c, false, single) || d.tokens[c].sentence !== si) return null;
  // a title opens with a capitalised word or a number
  return o + 1 < c && (d.tokens[o + 1].kind === 'number' || capitalised(d, o + 1)) ? [o, c] : null;
}

/** Token k is a word written with a capital first letter. */
function capitalised(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  return t.kind === 'word' && d.text[t.start] !== d.text[t.start].toLowerCase();
}

/** A bracketed year follows token c ("“The Collapse” (1964)"): the index after it, else -1. */
function yearAfter(d: Doc, c: number): number {
  const [a, b, e] = [d.tokens[c + 1], d.tokens[c + 2], d.tokens[c + 3]];
  return a?.norm === '(' && b?.kind === 'number' && YEAR.test(b.norm) && e?.norm === ')' ? c + 3 : -1;
}

/** The title quoted at tokens open..close has a cue that it is one: a work word before, a year after, a list. */
function workCue(d: Doc, si: number, open: number, close: number, depth: number, single: boolean): boolean {
  if (yearAfter(d, close) > 0) return true;
  for (let k = open - 1; k >= 0 && k >= open - 4 && d.tokens[k].sentence === si; k--) {
    const t = d.tokens[k];
    if (t.kind === 'word' && WORK_WORDS.has(t.norm) && !capitalised(d, k)) return true;
    if (t.norm === 'for' && d.tokens[k - 1]?.norm === 'known') return true;
    if (t.kind !== 'number' && !BRIDGE.has(t.norm)) break;
  }
  return depth < 8 && titleBefore(d, si, open, depth, single);
}

/** The quotation at `open` follows another title of the same list ("“A”, “B” and “C”"), itself a cued title. */
function titleBefore(d: Doc, si: number, open: number, depth: number, single: boolean): boolean {
  let k = open - 1;
  if (d.tokens[k]?.norm === ',') k--;
  if (d.tokens[k]?.norm === 'and' || d.tokens[k]?.norm === 'or') k--;
  if (d.tokens[k]?.norm === ')' && d.tokens[k - 2]?.norm === '(') k -= 3;
  if (k < 1 || d.tokens[k].sentence !== si || !quoteMark(d, k, false, single)) return false;
  const span = quotedSpan(d, si, k - 1, k - 1, single);
  return span !== null && span[1] === k && workCue(d, si, span[0], k, depth + 1, single);
}

/** Tokens first..last of sentence si lie inside the quoted title of a work (in double or single quotation marks). */
export function inWorkTitle(d: Doc, si: number, first: number, last: number): boolean {
  return [false, true].some((single) => {
    const span = quotedSpan(d, si, first, last, single);
    return span !== null && workCue(d, si, span[0], span[1], 0, single);
  });
}

/**
 * The cued title of a work whose opening quotation mark is token `open` of sentence si: its first and last word and
 * the closing mark, or null ("the film “Bread and Tulips”", "his book ‘Fear’"; a comma before the closing mark is
 * no part of the title).
 */
export function quotedTitleAt(d: Doc, si: number, open: number): { first: number; last: number; close: number } | null {
  for (const single of [false, true]) {
    if (!quoteMark(d, open, true, single)) continue;
    const span = quotedSpan(d, si, open + 1, open + 1, single);
    if (!span || span[0] !== open || !workCue(d, si, span[0], span[1], 0, single)) return null;
    let last = span[1] - 1;
    while (last > open + 1 && d.tokens[last].kind !== 'word' && d.tokens[last].kind !== 'number') last--;
    return { first: open + 1, last, close: span[1] };
  }
  return null;
}
