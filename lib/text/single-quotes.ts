// Single quote marks told apart from apostrophes: an opening mark paired with its closing mark within a paragraph
// ('We will fight,' he said. / the 'caravan' of migrants / ‘ Well , anything you propose is amnesty , ’), never with
// an apostrophe of a possessive (Jones' car, the Kurds ' history), a clitic ('s, ’ re, don ’ t), a year ('90s) or an
// elision (rock 'n' roll, 'em). Text split into tokens (a space on each side of every mark) is read as well as typed
// text.
import { cliticEnd } from './tokenize.js';

/** The longest single-quoted span paired, in characters (a long quote of a Daily Mail paragraph is about 500). */
export const MAX_SINGLE_QUOTE = 700;

const LETTER = /[\p{L}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetter = (c: string | undefined) => !!c && LETTER.test(c);
const isWordChar = (c: string | undefined) => !!c && LETTER_OR_DIGIT.test(c);
/** A lone t after a mark ("don ’ t"): the mark is a negative contraction's. */
const SPACED_T = /^[ \t]?t(?![\p{L}\p{N}])/u;
const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Words written after an apostrophe that stands for dropped letters, not after an opening quote mark: 'em, 'til,
 * 'cause, 'bout, 'round, 'tis, 'twas, 'n' (rock 'n' roll), 'nuff, 'cept, 'kay, 'sup, 'ol'. General English elisions.
 */
const ELISIONS = new Set(['em', 'til', 'cause', 'cos', 'bout', 'round', 'tis', 'twas', 'n', 'nuff', 'cept', 'kay']);

/**
 * Words ending in s that take no possessive apostrophe, so a spaced mark after them opens a quote ("as ' a great day
 * for civilisation '"): function words. A noun ending in s before a spaced mark is read as a possessive (Kurds ').
 */
const NO_POSSESSIVE_S = new Set([
  'as',
  'is',
  'was',
  'has',
  'does',
  'this',
  'his',
  'its',
  'us',
  'thus',
  'yes',
  'whereas',
]);

/** The word that ends at `end` (exclusive), lower-cased, at most 24 characters back. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 24 && isWordChar(text[s - 1])) s--;
  return text.slice(s, end).toLowerCase();
}

/** The word that starts at `start`, lower-cased, at most 24 characters. */
function wordAfter(text: string, start: number): string {
  let e = start;
  while (e < text.length && e - start < 24 && isWordChar(text[e])) e++;
  return text.slice(start, e).toLowerCase();
}

/**
 * Whether a spaced mark at i (a space after it), after the token ending before it, can open a quote: at the paragraph's
 * start, after a colon, or after a word that is no possessive's noun (one ending in s, or a name's one-letter prefix:
 * O ' Reilly). A curly ‘ opens after any punctuation too; a straight mark after a comma or a stop is a closing mark
 * whose opening one was missed ("… , ' McConnell added").
 */
function spacedOpens(text: string, i: number, ps: number): boolean {
  let b = i - 1;
  while (b > ps && isSpace(text[b])) b--;
  if (b < ps || isSpace(text[b])) return true; // the paragraph's start
  if (!isWordChar(text[b])) return text[b] === ':' || text[i] === '\u2018';
  const w = wordBefore(text, b + 1);
  return w.length > 1 && (!w.endsWith('s') || NO_POSSESSIVE_S.has(w));
}

/** Whether the characters at i are digits other than a year's two (the '90s, in '16). */
function notAYear(text: string, i: number): boolean {
  let e = i;
  while (e < i + 5 && /[0-9]/.test(text[e] ?? '')) e++;
  return e - i !== 2;
}

/**
 * Whether the mark at i (' or ‘) can open a single-quoted quote in the paragraph starting at `ps`: after a space, a
 * punctuation mark or the paragraph's start, before a letter ("'Despite", "‘JV’"), a number ('100 %') or, in text
 * split into tokens, a space and a letter; not an apostrophe of a clitic ("it 's"), a year ('90s) or an elision ('em,
 * 'n').
 */
export function opensSingle(text: string, i: number, ps: number): boolean {
  const c = text[i];
  if ((c !== "'" && c !== '\u2018') || isWordChar(text[i - 1]) || text[i - 1] === "'" || text[i + 1] === "'")
    return false;
  if (cliticEnd(text, i) > i) return false;
  if (isLetter(text[i + 1])) return !ELISIONS.has(wordAfter(text, i + 1));
  if (isWordChar(text[i + 1])) return notAYear(text, i + 1);
  return text[i + 1] === ' ' && (isLetter(text[i + 2]) || text[i + 2] === '[') && spacedOpens(text, i, ps);
}

/**
 * Whether the mark at k (' or ’) can close a single-quoted quote: before a space, a punctuation mark or the end, not
 * a clitic's mark split off by a tokeniser ("don ’ t", "Trump ’ s"), not half of a doubled mark ('').
 */
export function closesSingle(text: string, k: number): boolean {
  const c = text[k];
  if ((c !== "'" && c !== '\u2019') || isWordChar(text[k + 1]) || text[k + 1] === "'" || text[k - 1] === "'")
    return false;
  if (isSpace(text[k - 1]) && (k === 0 || isSpace(text[k - 2]))) return false;
  if (cliticEnd(text, k) > k || elisionEnd(text, k)) return false;
  return !SPACED_T.test(text.slice(k + 1, k + 4));
}

/** Whether the mark at k ends an elision opened by a mark before it (rock 'n' roll). */
function elisionEnd(text: string, k: number): boolean {
  const w = wordBefore(text, k);
  return w.length > 0 && text[k - w.length - 1] === "'" && ELISIONS.has(w);
}

/**
 * Words that never follow a possessive (conjunctions, prepositions, pronouns, forms of "be", verbs of saying): a mark
 * before them after a word ending in s closes a quote ('ridiculous Endless Wars ' and …).
 */
const NOT_AFTER_POSSESSIVE = new Set(
  (
    'and or but nor to of in on at by for with from into that than as if when while because so ' +
    'is are was were be been he she it they we i you said says say told according'
  ).split(' '),
);

/** Whether the closing mark at k has the shape of a plural possessive: after a word ending in s, before a word. */
function possessiveShaped(text: string, k: number): boolean {
  const b = isSpace(text[k - 1]) ? k - 2 : k - 1;
  if (text[b] !== 's' && text[b] !== 'S') return false;
  const n = text[k + 1] === ' ' ? k + 2 : k + 1;
  return (
    isWordChar(text[n]) &&
    !NO_POSSESSIVE_S.has(wordBefore(text, b + 1)) &&
    !NOT_AFTER_POSSESSIVE.has(wordAfter(text, n))
  );
}

/**
 * What a paragraph's earlier searches found, so that every search is short: `bare` is where the last search that
 * found no closing mark stopped (none lies between its start and `bare`), `nl` the next line end found.
 */
export interface SingleScanMemo {
  bare: number;
  nl: number;
}

/** A memo for a paragraph's searches (see SingleScanMemo). */
export const singleScanMemo = (): SingleScanMemo => ({ bare: -1, nl: -1 });

/**
 * The closing mark paired with the opening single mark at i, on its line before `pe` (the paragraph's end) and within
 * MAX_SINGLE_QUOTE characters, or -1. The first closing mark pairs, except a possessive-shaped one (the Kurds ' land)
 * when another closing mark follows before the next opening one.
 */
export function singleCloserFor(text: string, i: number, ps: number, pe: number, memo = singleScanMemo()): number {
  const end = Math.min(pe, i + MAX_SINGLE_QUOTE);
  let held = -1;
  let k = Math.max(i + 2, memo.bare);
  // a straight opening mark closed by a curly double one the source mistyped ("'The plan failed , ” he said")
  let doubled = text[i] === "'";
  for (; k < end; k++) {
    const c = text[k];
    if (c === '\n') break;
    if (c === '\u201C') doubled = false;
    if (c === '\u201D' && doubled && held < 0 && !isSpace(text[k - 1] === ' ' ? text[k - 2] : text[k - 1])) return k;
    if (c !== "'" && c !== '\u2019' && c !== '\u2018') continue;
    if (held >= 0 && opensSingle(text, k, ps)) return held;
    if (!closesSingle(text, k)) continue;
    if (!possessiveShaped(text, k)) return k;
    if (held < 0) held = k;
  }
  if (held < 0) memo.bare = k;
  return held;
}

/** Where the line of position i ends: its newline, or `pe`; -1 when that is more than MAX_SINGLE_QUOTE away. */
function lineEnd(text: string, i: number, pe: number, memo: SingleScanMemo): number {
  if (memo.nl < i) {
    const n = text.indexOf('\n', i);
    memo.nl = n < 0 || n > pe ? pe : n;
  }
  return memo.nl - i <= MAX_SINGLE_QUOTE ? memo.nl : -1;
}

/** Whether the opening mark at i starts its line or follows a colon (", saying : 'Despite …"). */
function introducedAt(text: string, i: number, ps: number): boolean {
  let b = i - 1;
  while (b >= ps && (text[b] === ' ' || text[b] === '\t')) b--;
  return b < ps || text[b] === '\n' || text[b] === ':';
}

/**
 * Where the single-quoted quote opened at i ends: `at` its closing mark (`closed`), or, for a quote that starts its
 * line or follows a colon and has no closing mark on its line, the line's end (a quote run on to the paragraph's end,
 * as double-quoted ones are); null when the mark opens nothing. `memo`: the paragraph's (singleScanMemo), searches
 * made in order of i.
 */
export function singleQuoteEnd(
  text: string,
  i: number,
  ps: number,
  pe: number,
  memo = singleScanMemo(),
): { at: number; closed: boolean } | null {
  if (!opensSingle(text, i, ps)) return null;
  const k = singleCloserFor(text, i, ps, pe, memo);
  if (k >= 0) return { at: k, closed: true };
  const e = introducedAt(text, i, ps) ? lineEnd(text, i, pe, memo) : -1;
  return e > i + 1 ? { at: withoutCredit(text, i, e), closed: false } : null;
}

/**
 * Verbs of saying that end a line's credit after a quote whose closing mark was dropped ("…, the president wrote in
 * capitals ."): a small general list of English verbs of saying and writing, past and present.
 */
const CREDIT =
  /^,\s*(?:the\s+|a\s+|an\s+)?[\p{L}.\u2024'’ -]{1,60}?\s(?:said|says|wrote|writes|added|adds|told|tweeted|posted|declared|stated|explained|continued|insisted|warned)\b[^,'’]{0,50}$/u;

/**
 * The end of a run-on quote opened at i, on a line ending at e: before a credit that closes the line (CREDIT, after the
 * line's last comma, its first word in lower case or a name), else e.
 */
function withoutCredit(text: string, i: number, e: number): number {
  let c = e - 1;
  while (c > i + 1 && e - c <= 110 && text[c] !== ',') c--;
  if (c <= i + 1 || text[c] !== ',') return e;
  const tail = text.slice(c, e);
  const first = /^,\s*(\S)/u.exec(tail);
  if (!first || !CREDIT.test(tail)) return e;
  return /\p{Ll}/u.test(first[1]) || /^,\s*\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(tail) ? c : e;
}
