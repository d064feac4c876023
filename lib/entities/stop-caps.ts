// Capitalised tokens that never start or continue a name: weekdays and months ("May" only in a date), page words,
// stopwords ("The", "I"), contractions, single letters, a name tag. Some look like one but open a name: "Rep. Will
// Hurd" (a given name, not the verb), "World War I" (the numeral), "ABC's This Week" (a programme's title).
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isNameTag } from './tags.js';
import { givenWordOpensName } from './word-given-names.js';
import { CALENDAR, PAGE_WORDS } from './gazetteer.js';
import { numeralI } from './numerals.js';
import { ordinaryWord } from './corpus-words.js';
import { OPEN_QUOTES } from './function-words.js';
import { type Ctx, tokText } from './scan-context.js';
import { TITLE_FIRST, ADDRESS_FORMS, UNDOTTED_TITLES } from './title-words.js';
import { UPPER_FIRST, ALL_CAPS_WORD } from './word-shapes.js';

/** "I'm", "I've", "We'll", "Don't": contractions are never names. */
const CONTRACTION = /^\p{L}+(?:'m|'ve|'ll|'re|'d|n't)$/u;

/**
 * Month abbreviations that the calendar reads without their period and that are also given names: "Gov. Jan Brewer".
 * Before a surname (a capitalised word no ordinary word, place or body, one space after) the word opens the name; "Jan.
 * 20" and "Jan 2019" stay dates (the dotted form has another norm, and a number is no surname).
 */
const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(['jan']);

/** Token i (a month abbreviation that is a given name) has a surname right after it, one space apart. */
function givenMonthName(d: Doc, i: number, ctx: Ctx): boolean {
  const next = d.tokens[i + 1];
  return (
    !!next && next.sentence === d.tokens[i].sentence && next.start === d.tokens[i].end + 1 && surnameWord(d, i + 1, ctx)
  );
}

/** A capitalised token that never starts or continues a name: weekdays, months, page words, stopwords ("The", "I"), single letters. */
export function stopCap(d: Doc, i: number, ctx: Ctx): boolean {
  const t = d.tokens[i];
  const n = t.norm;
  if (n === 'may' && !isMonthMay(d, i)) return false;
  if (n === 'will' && givenWill(d, i, ctx)) return false; // "Rep. Will Hurd"
  if (MONTH_GIVEN_NAMES.has(n) && givenMonthName(d, i, ctx)) return false; // "Gov. Jan Brewer"
  // "World War I", "Queen Elizabeth I", "Pedro I became": a numeral after a name, not the pronoun
  if (n === 'i' && numeralI(d, i)) return false;
  if ((n === 'this' || n === 'the') && broadcastTitle(d, i)) return false;
  return (
    CALENDAR.has(n) ||
    PAGE_WORDS.has(n) ||
    (n.indexOf("'") > 0 && CONTRACTION.test(n)) ||
    ctx.ignore.has(n) ||
    (STOPWORDS.has(n) && !ctx.gazLower.has(n)) ||
    t.end - t.start < 2 ||
    isNameTag(d, i)
  );
}

/**
 * "Rep. Will Hurd", "Rep Will Hurd", "says Will McCants": a capitalised "Will" before a surname is a given name, not the verb; not after
 * a capitalised word other than a title ("Groups Will Organize"), nor in a question ("Will Democrats help?").
 */
function givenWill(d: Doc, i: number, ctx: Ctx): boolean {
  const prev = d.tokens[i - 1];
  if (prev && prev.sentence === d.tokens[i].sentence && prev.kind === 'word' && UPPER_FIRST.test(tokText(d, i - 1))) {
    const p = prev.norm.endsWith('.') ? prev.norm.slice(0, -1) : prev.norm;
    if (!TITLE_FIRST.has(p) && !TITLE_FIRST.has(prev.norm) && !ADDRESS_FORMS.has(p) && !UNDOTTED_TITLES.has(p))
      return false;
  }
  return givenWordOpensName(d, i, (j) => surnameWord(d, j, ctx));
}

/** Token j is a capitalised word that could be a surname: no ordinary word, no stopword, no place or body. */
export function surnameWord(d: Doc, j: number, ctx: Ctx): boolean {
  const t = d.tokens[j];
  if (t.kind !== 'word') return false;
  const w = tokText(d, j);
  if (!UPPER_FIRST.test(w) || ALL_CAPS_WORD.test(w) || STOPWORDS.has(t.norm) || ordinaryWord(t.norm, ctx)) return false;
  const g = ctx.gaz.get(w);
  return !g || g.type === 'person';
}

const BROADCASTER = /^\p{Lu}{2,5}$/u;

/**
 * "ABC's This Week", "NBC's “The Tonight Show”": a capitalised "This" or "The" after a broadcaster's possessive (its
 * initials, then 's, then perhaps an opening quote), before a capitalised word, opens a programme's title.
 */
export function broadcastTitle(d: Doc, i: number): boolean {
  const toks = d.tokens;
  if (toks[i].norm !== 'this' && toks[i].norm !== 'the') return false;
  const next = toks[i + 1];
  if (
    !next ||
    next.sentence !== toks[i].sentence ||
    !UPPER_FIRST.test(tokText(d, i)) ||
    !UPPER_FIRST.test(tokText(d, i + 1))
  )
    return false;
  let k = i - 1;
  if (k >= 0 && OPEN_QUOTES.has(tokText(d, k))) k--;
  return k >= 1 && toks[k].norm === "'s" && BROADCASTER.test(tokText(d, k - 1));
}

/** Words before a month name: "in May", "since May", "early May". */
const MONTH_BEFORE = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'of',
  'through',
  'from',
  'before',
  'after',
  'during',
  'between',
  'and',
  'or',
  'to',
]);

/** "May" is the month only in date context: before a number ("May 3", "May 2019") or after "in/since/early..." (also
 * capitalised when it opens the sentence, after an opening quote or bracket too: "In May, the envoy travelled") */
function isMonthMay(d: Doc, i: number): boolean {
  const next = d.tokens[i + 1];
  if (next && next.kind === 'number' && next.sentence === d.tokens[i].sentence) return true;
  const prev = d.tokens[i - 1];
  return (
    !!prev &&
    prev.sentence === d.tokens[i].sentence &&
    MONTH_BEFORE.has(prev.norm) &&
    (d.text.charCodeAt(prev.start) >= 97 || opensSentence(d, i - 1))
  );
}

/** Token k opens its sentence, or a quotation or an aside in brackets ("( In May ,", ": `` In May of"). */
function opensSentence(d: Doc, k: number): boolean {
  if (d.sentences[d.tokens[k].sentence]?.tokenStart === k) return true;
  const p = d.tokens[k - 1];
  if (!p || p.sentence !== d.tokens[k].sentence) return false;
  const x = tokText(d, k - 1);
  return OPEN_QUOTES.has(x) || x === '`' || x === '``';
}
