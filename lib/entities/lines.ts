// What kind of line a sentence is, for the mention finder: running text, a headline, or a line of a table.
// Headlines (title case or ALL CAPS) yield only names confirmed elsewhere; table lines ("Charlton 2 Swindon 0",
// "2. Tony Jarrett (Britain) 13.35", "Postponed: Kelbridge v Dunmere") are read as lists of names, since every name
// there starts a cell.
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';

/** 0 running text, 1 headline (title case or all capitals), 2 table line (names between numbers). */
export const enum LineKind {
  Body = 0,
  Headline = 1,
  Table = 2,
}

const LINE_END = /^[ \t\u00A0]*(\r?\n|$)/;
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019)\]]*$/;
const LOWER_FIRST = /^\p{Ll}/u; // module constants: tsx rebuilds a \p{...} literal per call
const UPPER_FIRST = /^\p{Lu}/u;
const PARTICLE_WORD = /^(?:al|el|ad|an|ar|as|ash|at|az|ez)[-\u2010\u2011'\u2019]\p{Lu}/u;

/** Counts of a sentence's words: content words, capitalised ones, all-capital ones, lowercase ones, numbers. */
interface Shape {
  words: number;
  caps: number;
  upper: number;
  allWords: number;
  allUpper: number;
  lower: number;
  numbers: number;
  /** numbers with a space before them ("75 60 .556", not the parts of "1996-08-30") */
  spaced: number;
  tokens: number;
  /** lowercase "v" or "vs" between names ("Kelbridge v Dunmere") */
  versus: number;
}

function shapeOf(d: Doc, from: number, to: number): Shape {
  const s: Shape = {
    words: 0,
    caps: 0,
    upper: 0,
    allWords: 0,
    allUpper: 0,
    lower: 0,
    numbers: 0,
    spaced: 0,
    tokens: to - from,
    versus: 0,
  };
  for (let i = from; i < to; i++) {
    const t = d.tokens[i];
    if (t.kind === 'number') {
      s.numbers++;
      if (i > from && d.tokens[i - 1].end < t.start) s.spaced++;
    }
    if (t.kind !== 'word') continue;
    s.allWords++;
    const c = d.text.charCodeAt(t.start);
    if (c >= 97 && c <= 122) {
      s.lower++; // the common case: a lowercase ASCII word is neither capitalised nor in capitals
      if (t.end - t.start >= 4 && !STOPWORDS.has(t.norm)) s.words++;
      else if (c === 118 && (t.norm === 'v' || t.norm === 'vs' || t.norm === 'vs.')) s.versus++;
      continue;
    }
    const ascii = c >= 65 && c <= 90 ? asciiCapsWord(d.text, t.start, t.end) : -1;
    const w = ascii < 0 ? d.text.slice(t.start, t.end) : '';
    // an ASCII word starting A-Z needs no string: 1 in capitals, 0 capitalised
    const isUpper = ascii < 0 ? w === w.toUpperCase() && w !== w.toLowerCase() : ascii === 1;
    if (isUpper && t.end - t.start >= 2) s.allUpper++;
    if (ascii < 0 && LOWER_FIRST.test(w)) s.lower++;
    if (t.end - t.start < 4 || STOPWORDS.has(t.norm)) continue;
    s.words++;
    if (ascii >= 0 || UPPER_FIRST.test(w) || PARTICLE_WORD.test(w)) s.caps++;
    if (isUpper) s.upper++;
  }
  return s;
}

/** For a word of ASCII characters starting with A-Z: 1 when it has no lowercase letter, else 0; -1 when a character is
 * not ASCII (the caller then uses Unicode case). */
function asciiCapsWord(text: string, start: number, end: number): number {
  let lower = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c > 127) return -1;
    if (c >= 97 && c <= 122) lower = true;
  }
  return lower ? 0 : 1;
}

/** Sentence si ends with an initial ("... 214 (P.") and the next starts on the same line: the splitter cut a name,
 * not a sentence, so the two are one line ("Kent 214 (P. Johnson 84), Essex 108-3."). */
function endsWithInitial(d: Doc, si: number): boolean {
  const s = d.sentences[si];
  const next = d.sentences[si + 1];
  if (!next || s.tokenEnd - s.tokenStart < 2 || d.tokens[s.tokenEnd - 1].norm !== '.') return false;
  const w = d.tokens[s.tokenEnd - 2];
  const c = d.text.charCodeAt(w.start);
  if (w.kind !== 'word' || w.end - w.start !== 1 || c < 65 || c > 90) return false;
  // "U.S.": the letter after a dotted abbreviation's period ends the abbreviation, not an initial
  const p = d.tokens[s.tokenEnd - 3];
  if (p && p.end === w.start && p.norm === '.') return false;
  return !d.text.slice(s.end, next.start).includes('\n');
}

/** The kind of line sentence `si` of `d` is (with the sentences an initial's period cut it from). */
export function lineKind(d: Doc, si: number): LineKind {
  let a = si;
  let b = si;
  while (a > 0 && endsWithInitial(d, a - 1)) a--;
  while (b + 1 < d.sentences.length && endsWithInitial(d, b)) b++;
  const s = d.sentences[b];
  const last = d.tokens[s.tokenEnd - 1];
  if (!last) return LineKind.Body;
  const shape = shapeOf(d, d.sentences[a].tokenStart, s.tokenEnd);
  // a line in capitals ("SOCCER - ENGLAND BEAT MOLDOVA.", "SAN FRANCISCO 57 74 .435 16"), whatever its punctuation
  const ended = SENTENCE_END.test(d.text.slice(Math.max(s.start, last.end - 3), last.end));
  const ownLine = s.end >= d.text.length || LINE_END.test(d.text.slice(s.end, s.end + 3));
  // a standings row in capitals ("SAN DIEGO 75 60 .556 -"): numbers make a third of it, so it is a table line
  // (a dateline's date, "NEW YORK 1996-08-30", is one spaced number, not a row of them)
  if (shape.allUpper === shape.allWords && shape.upper && shape.spaced >= 2 && shape.numbers * 3 >= shape.tokens)
    return LineKind.Table;
  if (shape.allUpper === shape.allWords && (shape.allUpper >= 2 || (shape.allUpper === 1 && ownLine)))
    return LineKind.Headline;
  // a table line: numbers between names, few lowercase words; or fixtures ("Kelbridge v Dunmere")
  if (shape.versus && shape.lower <= shape.versus * 2) return LineKind.Table;
  if (shape.numbers && (shape.numbers * 4 >= shape.tokens || (!ended && ownLine)) && shape.lower * 2 <= shape.allWords)
    return LineKind.Table;
  // a scorecard line ("Hove: Sussex 363 (W. Athey 111), Lancashire 197-8."): sentence-like, but names and numbers only
  if (shape.numbers >= 3 && shape.numbers * 6 >= shape.tokens && shape.lower * 5 <= shape.allWords)
    return LineKind.Table;
  if (ended || !ownLine) return LineKind.Body;
  return shape.words >= 2 && (shape.caps / shape.words >= 0.75 || shape.upper === shape.words)
    ? LineKind.Headline
    : LineKind.Body;
}
