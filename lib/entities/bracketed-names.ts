// Names that a bracket or a quote mark cuts: an editor's insertion before a family name ("[ Bashar ] Assad",
// "( House Speaker John ) Boehner", "[ Hamas leader Yahya ] Sinwar"), a nickname quoted or bracketed between the
// given name and the family name ("Howard “ Buck ” McKeon", "Roberto "Hands of Stone" Duran", "James (Jim) Vale"),
// and a stray quote mark inside a name the article writes whole elsewhere ("Speaker John “ Boehner"). The run of
// name words goes on past the mark (name-runs.ts asks these in order).
import type { Doc } from '../types.js';
import { ordinaryWord } from './corpus-words.js';
import { isPersonStart, unlistedGivenName } from './person-words.js';
import { type Ctx, type Unit, adjacent } from './scan-context.js';
import { stopCap } from './stop-caps.js';
import { C } from './token-classes.js';

/** How far back (in tokens) an editor's opening bracket may stand before the given name it closes after. */
const INSERTION_SPAN = 12;

/** Most words a quoted nickname holds ("Hands of Stone"). */
const NICKNAME_WORDS = 4;

/**
 * The run is, or ends, an editor's insertion in brackets closed at j, and a capitalised word follows it: the name goes
 * on past the bracket ("[ Bashar ] Assad", "[ Obama campaign manager David ] Plouffe": the quote said only the family
 * name). Not for capitals ("[ CNN ]") or an ordinary word the editor added ("[ Meanwhile ] Iran"). Round brackets
 * hold a source or an aside as often ("Washington ( CNN ) Donald Trump"): there the last word before the bracket must
 * be a given name ("( Sen. Chuck ) Schumer").
 */
export function editorGivenName(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): boolean {
  const cls = ctx.classes;
  const toks = d.tokens;
  const close = toks[j].norm;
  if ((close !== ']' && close !== ')') || cls.at(j + 1) !== C.Cap || !adjacent(d, j, j + 1)) return false;
  if (openingBracket(d, units[0].i, close === ']' ? '[' : '(') < 0) return false;
  if (stopCap(d, j + 1, ctx) || ordinaryWord(toks[j - 1].norm, ctx)) return false; // "[ Meanwhile ] Iran"
  for (const u of units) if (u.word && cls.at(u.i) === C.Acr) return false;
  return close === ']' || isPersonStart(toks[j - 1].norm);
}

/** The opening bracket `open` before token i in its sentence (no other bracket between, at most INSERTION_SPAN tokens
 * back): its token, or -1. */
export function openingBracket(d: Doc, i: number, open: string): number {
  const toks = d.tokens;
  const s = toks[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - INSERTION_SPAN && toks[k].sentence === s; k--) {
    const n = toks[k].norm;
    if (n === open) return k;
    if (n === '[' || n === ']' || n === '(' || n === ')') return -1;
  }
  return -1;
}

/** The length of a quote mark or bracket at token k that may open (or close) a nickname: '"', '(' (')'), or the two
 * apostrophes of `` and '' as pre-tokenised copy writes them; 0 for anything else. */
function markAt(d: Doc, k: number, closing: boolean): number {
  const t = d.tokens[k];
  if (!t) return 0;
  if (t.norm === '"' || t.norm === (closing ? ')' : '(')) return 1;
  const u = d.tokens[k + 1];
  return t.norm === "'" && u?.norm === "'" && u.start === t.end ? 2 : 0;
}

/**
 * "Howard P. “ Buck ” McKeon", "Roberto "Hands of Stone" Duran", "James Leander (Leo) Nichols": after a run opening
 * with a given name (in brackets, perhaps middle names after it: `givenNameEnd`), a quote mark or bracket, one to four
 * capitalised words (an "of" or "the" inside) or, in brackets, the initials of the names before them ("Alan John
 * Percivale (A.J.P.)"), the closing mark, then a capitalised word: the nickname and the family name are the person's
 * name. The units to add (the marks as joiners), or null.
 */
export function quotedNickname(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const toks = d.tokens;
  const cls = ctx.classes;
  const open = markAt(d, j, false);
  const bracket = toks[j].norm === '(';
  if (!open || !givenNameEnd(d, units, bracket ? MIDDLE_NAMES : 0, ctx)) return null;
  const add: Unit[] = [];
  for (let q = j; q < j + open; q++) add.push({ i: q, word: false });
  let k = j + open;
  let words = 0;
  // (bounded: "of the of the …" inside marks is no nickname, and the scan stays short on hostile text)
  const stop = Math.min(cls.end, j + open + 2 * NICKNAME_WORDS);
  // "Alan John Vale (A.J.V.) Taylor": in brackets, the initials of the names before them
  const initials = bracket && initialsOf(d, k, units) ? 1 : 0;
  if (initials) add.push({ i: k++, word: true });
  while (k < stop && words < NICKNAME_WORDS && (cls.at(k) === C.Cap || (words > 0 && INNER.has(toks[k].norm)))) {
    add.push({ i: k, word: cls.at(k) === C.Cap });
    if (cls.at(k) === C.Cap) words++;
    k++;
  }
  if (initials && words) return null;
  if (!initials && (!words || cls.at(k - 1) !== C.Cap || !nicknameInside(d, j, j + open, k - 1, ctx))) return null;
  const close = closingMark(d, j, open, k);
  if (!close) return null;
  const after = k + close;
  if (after >= cls.end || cls.at(after) !== C.Cap || stopCap(d, after, ctx) || !adjacent(d, k, after)) return null;
  for (let q = k; q < after; q++) add.push({ i: q, word: false });
  add.push({ i: after, word: true });
  return add;
}

/** Most middle names between a given name and a bracketed nickname ("James Leander (Leo) Vale"). */
const MIDDLE_NAMES = 2;

/** A given name, then only middle initials ("Howard P.") or up to `middles` middle names the corpus never writes as an
 * ordinary word ("James Leander"), ends the run: a title may open it ("Rep. Howard P.", "Chairman Howard"), split off
 * later. */
function givenNameEnd(d: Doc, units: readonly Unit[], middles: number, ctx: Ctx): boolean {
  let left = middles;
  for (let q = units.length - 1; q >= 0; q--) {
    if (!units[q].word) continue;
    const t = d.tokens[units[q].i];
    if (isPersonStart(t.norm)) return true;
    if (INITIAL.test(d.text.slice(t.start, t.end))) continue;
    if (left-- <= 0 || ordinaryWord(t.norm, ctx)) return false;
  }
  return false;
}

/** Dotted initials ("A.J.P."): their letters in order. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,4}$/u;

/** Token k holds dotted initials, followed by the closing bracket, whose letters are the first letters of the run's
 * last name words ("Alan John Percivale (A.J.P.)"). */
function initialsOf(d: Doc, k: number, units: readonly Unit[]): boolean {
  const t = d.tokens[k];
  if (!t || d.tokens[k + 1]?.norm !== ')') return false;
  const text = d.text.slice(t.start, t.end);
  if (!DOTTED_INITIALS.test(text)) return false;
  const letters = text.replace(/\./g, '');
  const words = units.filter((u) => u.word).slice(-letters.length);
  return words.length === letters.length && words.every((u, q) => d.text[d.tokens[u.i].start] === letters[q]);
}

/** A middle initial ("P", its dot a unit of its own, or "P."). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The words first..last inside the marks opened at token j are a nickname: no name the gazetteer knows ("Olaf Vale
 * (Germany) Telekom" is a rider, his country and his team); in brackets, a given name ("James (Jim) Vale", not "Ann
 * Vale (Ohio) Smith").
 */
function nicknameInside(d: Doc, j: number, first: number, last: number, ctx: Ctx): boolean {
  const toks = d.tokens;
  if (ctx.gaz.has(d.text.slice(toks[first].start, toks[last].end))) return false;
  for (let q = first; q <= last; q++) if (ctx.gaz.has(d.text.slice(toks[q].start, toks[q].end))) return false;
  return (
    toks[j].norm !== '(' || isPersonStart(toks[first].norm) || (first === last && unlistedGivenName(d, first, ctx))
  );
}

/** The length of the mark at token k that closes the one of length `open` at token j ('"' closes '"', ')' closes '(',
 * '' closes ``), or 0. */
function closingMark(d: Doc, j: number, open: number, k: number): number {
  const o = d.tokens[j].norm;
  const c = d.tokens[k]?.norm;
  if (open === 2) return markAt(d, k, true) === 2 ? 2 : 0;
  return (o === '"' && c === '"') || (o === '(' && c === ')') ? 1 : 0;
}

/** Lowercase words inside a nickname ("Hands of Stone", "Prince of the City"). */
const INNER: ReadonlySet<string> = new Set(['of', 'the']);

/**
 * "Speaker John “ Boehner has been clear": a lone quote mark between a given name (the run's last word) and a
 * capitalised word, where the article writes the two words together elsewhere ("John Boehner"): the mark is a typo
 * inside the name. The units to add, or null.
 */
export function strayQuote(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const toks = d.tokens;
  const last = toks[units[units.length - 1].i];
  if (toks[j].norm !== '"' || !isPersonStart(last.norm)) return null;
  const k = j + 1;
  if (k >= ctx.classes.end || ctx.classes.at(k) !== C.Cap || stopCap(d, k, ctx) || !adjacent(d, j, k)) return null;
  // a closing mark after the word makes it a quoted nickname or a quotation, not a stray mark
  if (toks[k + 1]?.norm === '"') return null;
  const whole = d.text.slice(last.start, last.end) + ' ' + d.text.slice(toks[k].start, toks[k].end);
  return d.text.indexOf(whole) >= 0
    ? [
        { i: j, word: false },
        { i: k, word: true },
      ]
    : null;
}
