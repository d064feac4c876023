// What kind of line a sentence is, for the mention finder: running text, a headline, or a line of a table.
// Headlines (title case or ALL CAPS) yield only names confirmed elsewhere; table lines ("Charlton 2 Swindon 0",
// "2. Tony Jarrett (Britain) 13.35", "Postponed: Kelbridge v Dunmere") are read as lists of names, since every name
// there starts a cell.
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { givenNames } from './world.js';

/** 0 running text, 1 headline (title case or all capitals), 2 table line (names between numbers). */
export const enum LineKind {
  Body = 0,
  Headline = 1,
  Table = 2,
}

const LINE_END = /^[ \t\u00A0]*(\r?\n|$)/;
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019)\]]*$/;
const ASKS = /[?!]["'\u201D\u2019)\]]*$/;
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
  if (shape.numbers >= 3 && shape.numbers * 6 >= shape.tokens) {
    const from = d.sentences[a].tokenStart;
    if (shape.lower * 5 <= shape.allWords || scoreLower(d, from, s.tokenEnd) * 5 <= shape.allWords)
      return LineKind.Table;
  }
  // a title-case headline may ask or exclaim ("A Show Of Strength Or Fear?"); one that ends in a period is a sentence
  if ((ended && !ASKS.test(d.text.slice(Math.max(s.start, last.end - 3), last.end))) || !ownLine) return LineKind.Body;
  if (!(shape.words >= 2 && (shape.caps / shape.words >= 0.75 || shape.upper === shape.words))) return LineKind.Body;
  // a title-case line that lists names ("Ann Body, Tom Vale (Utopia), Bo Lund,") or is one ("Ann Body"): a table
  return shape.allUpper < shape.allWords && nameList(d, d.sentences[a].tokenStart, s.tokenEnd)
    ? LineKind.Table
    : LineKind.Headline;
}

/** Lowercase words of a scorecard line that say nothing of its kind are left out: those in brackets (a player's
 * "56 not out") and "and" between two numbers (a side's two innings, "183 and 185-6"). */
function scoreLower(d: Doc, from: number, to: number): number {
  let n = 0;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = d.tokens[i];
    if (t.norm === '(') depth++;
    else if (t.norm === ')') depth = Math.max(0, depth - 1);
    if (depth || t.kind !== 'word' || !LOWER_FIRST.test(d.text[t.start])) continue;
    if (t.norm === 'and' && d.tokens[i - 1]?.kind === 'number' && d.tokens[i + 1]?.kind === 'number') continue;
    n++;
  }
  return n;
}

/** Lowercase particles inside a person's name ("Maria da Silva", "Jan van der Berg", "Ana del Rio"). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
]);
NAME_PARTICLES.add('ter').add('la').add('le').add('bin').add('al').add('el');

/** The cells of a line split at commas and semicolons: name words per cell, lowercase words, bracketed names. */
interface Cells {
  /** name words (capitalised or particles) of each cell, brackets left out */
  words: number[];
  /** lowercase words outside brackets that are no particle */
  lower: number;
  /** a capitalised word followed by a bracket that opens on a capitalised word ("Body (Utopia)") */
  bracketed: number;
  /** the last token is a comma: the list goes on on the next line */
  open: boolean;
}

function cellsOf(d: Doc, from: number, to: number): Cells {
  const c: Cells = { words: [0], lower: 0, bracketed: 0, open: false };
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = d.tokens[i];
    if (t.norm === '(') {
      const prev = d.tokens[i - 1];
      const next = d.tokens[i + 1];
      if (
        i > from &&
        prev.kind === 'word' &&
        UPPER_FIRST.test(d.text[prev.start]) &&
        next &&
        UPPER_FIRST.test(d.text[next.start])
      )
        c.bracketed++;
      depth++;
    } else if (t.norm === ')') depth = Math.max(0, depth - 1);
    else if (depth) continue;
    else if (t.norm === ',' || t.norm === ';') c.words.push(0);
    else if (t.kind === 'word') {
      if (UPPER_FIRST.test(d.text[t.start]) || NAME_PARTICLES.has(t.norm)) c.words[c.words.length - 1]++;
      else c.lower++;
    }
  }
  c.open = d.tokens[to - 1].norm === ',';
  if (c.open) c.words.pop();
  return c;
}

/**
 * A title-case line that is a list of people or teams, not a headline: three or more short cells of capitalised
 * words between commas, or two when the line ends on a comma ("Ann Body, Tom Vale, Bo Lund"); a name with its
 * country or club in brackets, a lowercase verb at most between two of them ("Ann Body (Utopia) beat Tom Vale
 * (Ruritania)"); or a line that is one name starting with a known given name (a byline: "Ann Body"). Headlines have
 * verbs and at most one comma; their names are only kept when known, while a list's names all count.
 */
function nameList(d: Doc, from: number, to: number): boolean {
  const c = cellsOf(d, from, to);
  const short = c.words.every((n) => n >= 1 && n <= 4);
  if (!c.lower && short && (c.words.length >= 3 || (c.open && c.words.length >= 2))) return true;
  if (c.bracketed && c.lower <= 3 && c.lower <= c.bracketed * 2) return true;
  if (c.words.length !== 1 || c.lower || c.words[0] < 2 || c.words[0] > 3 || to - from !== c.words[0]) return false;
  return givenNames().has(d.tokens[from].norm);
}
