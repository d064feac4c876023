// Word tokens with offsets: names with particles (al-Shatri), abbreviations (U.S., Dec.), numbers (1,905, £5.5bn) stay whole.
import type { Token } from '../types.js';
import { normalizeTerm } from './normalize.js';
import { firstStartingAt } from '../util/search.js';

/** Abbreviations whose final period is part of the token, not a sentence end (lowercase, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'sr',
  'jr',
  'mt',
  'ft',
  'vs',
  'etc',
  'approx',
  'dept',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'pres',
  'hon',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
]);

// One alternation, tried left to right at each position (sticky, so the scan is linear in the text length):
//  1 dotted initialisms: U.S. U.N. e.g., after a hyphenated prefix too (anti-U.S., pro-U.S.: one word, as anti-American
//    is; the prefix's segments cannot contain a hyphen, so a failed try backtracks once per character), and in capitals with the last period spaced off as pre-tokenised copy
//    writes them ("the U.S . Senate", "George H.W . Bush": one token, "U.S ." normalised as "U.S." is)
//  2 numbers with separators, currency and unit suffix: 1,905  £5.5bn  26th  1990s
//  3 words: letters/digits joined by hyphens or apostrophes: al-Shatri  Al-Qaeda  doesn't  964media
//  4 any other single non-space character
const TOKEN_RE =
  /((?:\p{L}[\p{L}\p{M}\p{N}]*[-\u2010\u2011])*(?:(?:\p{L}\.){2,}(?!\p{L})|(?:\p{Lu}\.)+\p{Lu}[ \t]\.(?![\p{L}\p{N}])))|([$£€¥]?\p{N}+(?:[.,:]\p{N}+)*(?:%|\p{L}+)?)|(\p{L}[\p{L}\p{M}\p{N}]*(?:[-\u2010\u2011'\u2019][\p{L}\p{M}\p{N}]+)*|\p{N}+\p{L}[\p{L}\p{M}\p{N}]*)|(\S)/uy;
/**
 * Titles that keep a period pre-tokenised copy spaced off ("Gov . Rick Perry", "Mr . Trump"): one token, as "Gov." is,
 * when the title is capitalised and a capitalised word follows. Only titles that stand before names: "Sun", "Sat" and
 * "Co" may end a sentence.
 */
export const SPACED_TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof gen lt col maj capt cmdr sgt adm gov sen rep rev st mt ft pres hon'.split(' '),
);
/** Abbreviations that keep their period only before a number ("No. 5", "Art. 140"). */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'vol', 'p', 'pp', 'fig']);
const WS_RE = /\s+/y;
// An English clitic written apart from its word, as pre-tokenised text has it ("Trump 's", "they 're"): not followed
// by a letter, digit or quote mark, so an opening quote ('so what', the 'S' key) is not one.
// Some pre-tokenised text spaces the mark off on both sides ("it ’ s", "we ’ re"): one space or tab may follow it.
const SPACED_CLITIC_RE = /['\u2019][ \t]?(?:s|re|ve|ll|m|d)(?![\p{L}\p{N}'\u2018\u2019"\u201C\u201D])/iuy;
// A negative contraction spaced apart ("don ’ t", "can ' t"): after a word ending in n, the mark and a lone t.
const SPACED_NOT_RE = /[ \t]+['\u2019][ \t]*t(?![\p{L}\p{N}'\u2018\u2019"\u201C\u201D])/iuy;
// The same split where a tokeniser cut it, before the n (PTB style: "do n't", "wo n't", "ca n't").
const SPACED_NT_RE = /[ \t]+n['\u2019]t(?![\p{L}\p{N}'\u2018\u2019"\u201C\u201D])/iuy;
// A name's prefix spaced apart from it in pre-tokenised text ("O ’ Reilly", "D ’ Souza"): O or D, the mark, a
// capitalised word.
const SPACED_PREFIX_RE = /[ \t]+['\u2019][ \t]*\p{Lu}[\p{L}\p{M}]+/uy;
// A name's inner apostrophe spaced apart in pre-tokenised text ("Ja ’ afari", "Sa ’ ad", "B ’ nai"): the mark, then
// the lower-case rest of the word.
const SPACED_INNER_RE = /[ \t]+['\u2019][ \t]+(\p{Ll}[\p{Ll}\p{M}]*)(?![\p{L}\p{N}'\u2019])/uy;
// The short capitalised start of such a name: one capital other than the pronoun I and the article A, or a capital
// and up to three lower-case letters ending in a vowel (the mark stands for a consonant between two vowels).
const INNER_HEAD_RE = /^(?:[B-HJ-Z]|\p{Lu}\p{Ll}{0,2}[aeiou])$/u;
// English words that follow a closing quote mark ("‘ Morning Joe ’ and"), and the spaced clitics: never a name's rest.
const NOT_INNER: ReadonlySet<string> = new Set(
  's m d t re ve ll an and are as at after all also any even every if in into is it its of on once or our over up us'.split(
    ' ',
  ),
);
const SPACES_RE = /[ \t]+/g;
const PUNCT_RE = /^[\p{P}]$/u;
/** PUNCT_RE's answer for each ASCII character (1: punctuation, as `!` and `.`; 0: a symbol, as `+` and `|`). */
const ASCII_PUNCT = Uint8Array.from({ length: 128 }, (_, c) => (PUNCT_RE.test(String.fromCharCode(c)) ? 1 : 0));

/** Tokenize `text[from, to)` into tokens whose offsets index `text`; `sentence` is left at -1 for the sentence splitter. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokenizeInto([], text, from, to);
}

/**
 * tokenize(text, from, to), its tokens appended to `out` (returned): the same tokens as a fresh call gives, since a
 * token already in `out` is never read (analysing an article appends each paragraph's tokens to one array).
 */
export function tokenizeInto(out: Token[], text: string, from = 0, to = text.length): Token[] {
  const first = out.length;
  let i = from;
  while (i < to) {
    const space = spaceEnd(text, i);
    if (space > i) {
      i = space;
      if (i >= to) break;
    }
    const m = tokenAt(text, i);
    if (m === 0) break; // past the end of the text (a range may end beyond it)
    const alt = m & 7;
    let end = Math.min(i + (m >> 3), to);
    if (alt === 1) {
      push(out, text, i, end, 'word', text.slice(i, end).replace(SPACES_RE, ''));
    } else if (alt === 2) {
      push(out, text, i, end, 'number');
    } else if (alt === 3) {
      end = wordToken(out, text, i, end, to);
    } else {
      // a clitic apart from its word is one punctuation token, as in "Trump's": "'s" stays out of names and terms
      const clitic = spacedClitic(text, i, to, out.length > first ? out[out.length - 1] : undefined);
      if (clitic > i) end = clitic;
      if (clitic <= i && m >> 3 === 1 && text.charCodeAt(i) < 128) {
        // one ASCII mark: its own norm, no spaces to drop
        push(out, text, i, end, ASCII_PUNCT[text.charCodeAt(i)] === 1 ? 'punct' : 'symbol');
      } else {
        const written = text.slice(i, end);
        const punct = clitic > i || PUNCT_RE.test(text.slice(i, i + (m >> 3)));
        push(out, text, i, end, punct ? 'punct' : 'symbol', written.replace(SPACES_RE, ''));
      }
    }
    i = end;
  }
  return out;
}

/**
 * The end of the white space (`\s+`) starting at i, or i when none does: ASCII spaces, tabs and line ends read by
 * character code, a non-ASCII character left to the regex (it may be a no-break or other Unicode space).
 */
function spaceEnd(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 32 || (c >= 9 && c <= 13)) c = text.charCodeAt(++i);
  if (c >= 128) {
    WS_RE.lastIndex = i;
    if (WS_RE.test(text)) return WS_RE.lastIndex;
  }
  return i;
}

/** An ASCII letter or digit. */
function asciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * TOKEN_RE's match at i (i not white space) as length * 8 + the alternative that matched (1-4), 0 for none. A word of ASCII letters
 * and digits that ends on an ASCII character no alternative could go on with (not a hyphen, an apostrophe or a period
 * after a lone letter), and ASCII punctuation other than `$`, are read without the regex: the match it gives is the same.
 */
function tokenAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    let j = i + 1;
    while (j < text.length && asciiAlnum(text.charCodeAt(j))) j++;
    const next = j < text.length ? text.charCodeAt(j) : 32;
    if (next < 128 && next !== 45 /* - */ && next !== 39 /* ' */ && !(next === 46 /* . */ && j === i + 1))
      return (j - i) * 8 + 3;
  } else if (c < 128 && c !== 36 /* $ */ && !(c >= 48 && c <= 57)) return 8 + 4;
  TOKEN_RE.lastIndex = i;
  const m = TOKEN_RE.exec(text); // group 4 matches any non-space character: none only past the end of the text
  if (!m) return 0;
  return m[0].length * 8 + (m[1] ? 1 : m[2] ? 2 : m[3] ? 3 : 4);
}

/** Push the word token text[i, end) (TOKEN_RE's third alternative), split or joined as written; returns its end. */
function wordToken(out: Token[], text: string, i: number, end: number, to: number): number {
  const word = text.slice(i, end);
  if (word.length > 2 && possessive(word)) {
    // possessive 's is its own token, so "Syria's" counts as "syria" and names end before the apostrophe
    push(out, text, i, end - 2, 'word');
    push(out, text, end - 2, end, 'punct');
  } else if (text.charCodeAt(end) === 46 /* . */ && end < to && keepsPeriod(text, end, word.toLowerCase())) {
    end += 1;
    push(out, text, i, end, 'word');
  } else if (spacedTitlePeriod(text, end, to, word)) {
    push(out, text, i, end + 2, 'word', word + '.');
    end += 2;
  } else {
    const not = mayJoinSpaced(text, end) ? spacedJoin(text, end, to, word) : end;
    // "don ’ t" and "O ’ Reilly" are one word, as "don't" and "O'Reilly" are: the norm is the joined form, the span
    // the text as written
    if (not > end) push(out, text, i, (end = not), 'word', text.slice(i, not).replace(SPACES_RE, ''));
    else push(out, text, i, end, 'word', word);
  }
  return end;
}

/** A possessive ending: the word ends in 's or ’s (either case of s). */
function possessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const mark = word.charCodeAt(word.length - 2);
  return (s === 115 || s === 83) && (mark === 39 || mark === 0x2019);
}

/**
 * True when a spaced part may follow a word ending at `end`: each of the four patterns spacedJoin tries opens with
 * spaces or tabs, then a quote mark (' or ’) or an n. False rules every one of them out.
 */
function mayJoinSpaced(text: string, end: number): boolean {
  let k = end;
  for (let c = text.charCodeAt(k); c === 32 || c === 9; c = text.charCodeAt(++k));
  if (k === end) return false;
  const c = text.charCodeAt(k);
  return c === 39 || c === 0x2019 || c === 110 /* n */ || c === 78; /* N */
}

/** The end of a spaced contraction or name part after `word` ("don ’ t", "wo n't", "O ’ Reilly"), or `end`. */
function spacedJoin(text: string, end: number, to: number, word: string): number {
  const sn = Math.max(spacedNot(text, end, to, word), spacedNt(text, end, to));
  return sn > end ? sn : Math.max(spacedPrefix(text, end, to, word), spacedInner(text, end, to, word));
}

/**
 * The end of a clitic written apart from the word before it ("Trump 's", "they 're": spaces or tabs between), or `i`
 * when text[i] does not start one. `prev`: the token before, of the same call.
 */
function spacedClitic(text: string, i: number, to: number, prev: Token | undefined): number {
  const c = text.charCodeAt(i);
  if (c !== 39 /* ' */ && c !== 0x2019) return i;
  if (!prev || (prev.kind !== 'word' && prev.kind !== 'number') || !/^[ \t]+$/.test(text.slice(prev.end, i))) return i;
  return cliticEnd(text, i, to);
}

/**
 * The end of an English clitic whose mark is at i ("'s", "’ re": the mark, at most one space, the clitic, then no
 * letter, digit or quote mark), or `i` when none starts there. The quote scanner asks it too: a clitic's mark is no
 * quote mark.
 */
export function cliticEnd(text: string, i: number, to = text.length): number {
  SPACED_CLITIC_RE.lastIndex = i;
  return SPACED_CLITIC_RE.test(text) && SPACED_CLITIC_RE.lastIndex <= to ? SPACED_CLITIC_RE.lastIndex : i;
}

/** The end of a spaced negative contraction after `word` ("don ’ t"), or `end` when none follows. */
function spacedNot(text: string, end: number, to: number, word: string): number {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 110 /* n */ && last !== 78 /* N */) return end;
  SPACED_NOT_RE.lastIndex = end;
  return SPACED_NOT_RE.test(text) && SPACED_NOT_RE.lastIndex <= to ? SPACED_NOT_RE.lastIndex : end;
}

/**
 * The end of a negative contraction a tokeniser split before its n ("wo n't", "ca n't", "do n't"), or `end`: one word
 * as "won't" is, so "wo" and "ca" are no terms of their own.
 */
function spacedNt(text: string, end: number, to: number): number {
  const c = text.charCodeAt(end + 1);
  if (c !== 110 /* n */ && c !== 78 /* N */) return end;
  SPACED_NT_RE.lastIndex = end;
  return SPACED_NT_RE.test(text) && SPACED_NT_RE.lastIndex <= to ? SPACED_NT_RE.lastIndex : end;
}

/** The end of a name spaced apart from its prefix after `word` ("O ’ Reilly" after "O"), or `end` when none follows. */
function spacedPrefix(text: string, end: number, to: number, word: string): number {
  if (word !== 'O' && word !== 'D') return end;
  SPACED_PREFIX_RE.lastIndex = end;
  return SPACED_PREFIX_RE.test(text) && SPACED_PREFIX_RE.lastIndex <= to ? SPACED_PREFIX_RE.lastIndex : end;
}

/**
 * The end of a name's rest after a spaced inner apostrophe ("Ja ’ afari" after "Ja"), or `end` when none follows: a
 * short capitalised start (INNER_HEAD_RE), then a lower-case rest that starts with a vowel unless the start is one
 * letter ("B ’ nai"), and is no English word a closing quote mark comes before.
 */
function spacedInner(text: string, end: number, to: number, word: string): number {
  if (!INNER_HEAD_RE.test(word)) return end;
  SPACED_INNER_RE.lastIndex = end;
  const m = SPACED_INNER_RE.exec(text);
  if (!m || SPACED_INNER_RE.lastIndex > to || NOT_INNER.has(m[1])) return end;
  if (word.length > 1 && !/^[aeiou]/.test(m[1])) return end;
  return SPACED_INNER_RE.lastIndex;
}

function keepsPeriod(text: string, dot: number, lower: string): boolean {
  const c = text.charCodeAt(dot + 1);
  if (c >= 48 && c <= 57) return false; // a decimal point, not an abbreviation
  if (ABBREVIATIONS.has(lower)) return true;
  return NUMBER_ABBREVIATIONS.has(lower) && /^\s?\d/.test(text.slice(dot + 1, dot + 3));
}

/** "Gov . Rick": a title before a name, its period spaced off (SPACED_TITLES). */
function spacedTitlePeriod(text: string, end: number, to: number, word: string): boolean {
  if (end + 3 >= to || text.charCodeAt(end + 1) !== 46 /* . */) return false;
  const before = text.charCodeAt(end);
  const after = text.charCodeAt(end + 2);
  if ((before !== 32 && before !== 9) || (after !== 32 && after !== 9)) return false;
  const c = word.charCodeAt(0);
  if (c < 65 || c > 90 || !SPACED_TITLES.has(word.toLowerCase())) return false;
  return isUpperChar(text[end + 3]);
}

// One string per distinct norm, shared by every token that has it (a corpus has millions of tokens but a vocabulary of
// tens of thousands): a bounded memo, so the same input still gives the same tokens.
const norms = new Map<string, string>();

/** Push a token; `raw` is the text its norm is made from (the joined form of a spaced contraction), by default its span. */
function push(
  out: Token[],
  text: string,
  start: number,
  end: number,
  kind: Token['kind'],
  raw = text.slice(start, end),
): void {
  let norm = norms.get(raw);
  if (norm === undefined) {
    if (norms.size > 500_000) norms.clear();
    norm = normalizeTerm(raw);
    norms.set(raw, norm);
  }
  out.push({ start, end, norm, kind, sentence: -1 });
}

/** True when a token is a word or number that counts as a term (not punctuation or a possessive marker). */
export function isTermToken(t: Pick<Token, 'kind'>): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

/**
 * True when a character (one UTF-16 unit) changes in lower case (`ch !== ch.toLowerCase()`: a capital), answered for
 * ASCII without making the lower-case string: the name and capitals tests ask it for every word of a corpus.
 */
export function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
}

/** Index of the first token starting at or after pos (binary search over tokens in text order). */
export function firstTokenAt(toks: readonly Token[], pos: number): number {
  return firstStartingAt(toks, pos);
}
