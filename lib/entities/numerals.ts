// A Roman numeral after a name numbers it: "World War I", "Vatican Council II", "Queen Elizabeth I", "Pedro I
// became emperor". The one rule the name runs use to tell the numeral "I" from the pronoun, and to keep the whole name
// when its first word opens the sentence or is written in lower case ("world War I").
import type { Doc } from '../types.js';
import { FIRST_NAMES } from './gazetteer.js';
import { givenNames } from './world.js';

/** A Roman numeral of one to ten, lower-cased. */
export const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)$/;

/** Titles of monarchs and popes, whose names take a regnal number. */
const MONARCHS: ReadonlySet<string> = new Set(
  'king queen emperor empress pope tsar czar tsarina kaiser sultan shah pharaoh'.split(' '),
);

/** Words before a name that a regnal number follows as the object of a phrase ("the reign of Pedro I"), or as the
 * second of two subjects ("Portugal and Pedro I"). */
const BEFORE_REGNAL: ReadonlySet<string> = new Set(['of', 'by', 'under', 'and']);

/** Words that follow the pronoun "I" and never a name ("I am", "I 'm", "I 've"): after them the capital is the pronoun
 * whatever the word before the name. */
const PRONOUN_ONLY_AFTER: ReadonlySet<string> = new Set([
  'am',
  "'m",
  "'ve",
  "'d",
  "'ll",
  '\u2019m',
  '\u2019ve',
  '\u2019d',
  '\u2019ll',
]);

/** Head words that a number follows as a whole name's count ("World War I", "World Cup II" is rare; wars count). */
const COUNTED_HEADS: ReadonlySet<string> = new Set(['war']);

const isGiven = (norm: string) => FIRST_NAMES.has(norm) || givenNames().has(norm);

/** Whether the token at k is written with a capital first letter. */
function capitalised(d: Doc, k: number): boolean {
  const c = d.text.charCodeAt(d.tokens[k].start);
  return c >= 65 && c <= 90;
}

/**
 * Whether the capital "I" at j is a numeral after the name word before it, not the pronoun: written right after it in
 * the same sentence, after a war ("World War I"), after a name with a monarch's title before it ("Queen Elizabeth I",
 * "Belgian King Baudouin I"), or after a given name that opens its sentence or follows "of", "by", "under" or "and"
 * ("Pedro I became emperor", "the reign of Pedro I", "Portugal and Pedro I"), unless a word that only the pronoun
 * takes follows ("and Pedro I 'm told"). The pronoun follows a name only across a clause break ("told Pedro I
 * would"), which none of these are.
 */
export function numeralI(d: Doc, j: number): boolean {
  const toks = d.tokens;
  const t = toks[j];
  const prev = toks[j - 1];
  if (t === undefined || prev === undefined || d.text.slice(t.start, t.end) !== 'I') return false;
  if (prev.sentence !== t.sentence || prev.end + 1 !== t.start || prev.kind !== 'word') return false;
  if (COUNTED_HEADS.has(prev.norm)) return true;
  if (!capitalised(d, j - 1)) return false;
  const before = toks[j - 2];
  const opens = before === undefined || before.sentence !== t.sentence;
  if (!opens && MONARCHS.has(before.norm)) return true;
  if (PRONOUN_ONLY_AFTER.has(toks[j + 1]?.norm ?? '')) return false;
  return isGiven(prev.norm) && (opens || BEFORE_REGNAL.has(before.norm));
}

/**
 * Whether a run of name words ends in a numeral that counts the whole name ("World War II" opening a sentence): the
 * first word is then part of the name, not a common word capitalised only because the sentence starts with it.
 */
export function countedName(norms: readonly string[]): boolean {
  const n = norms.length;
  return n > 2 && ROMAN.test(norms[n - 1]) && COUNTED_HEADS.has(norms[n - 2]);
}

/**
 * The token before a counted name that starts at i and that the writer set in lower case ("world" in "world War
 * I"): its index, or -1. Only the word "world", which the counted wars take.
 */
export function lowerCountedStart(d: Doc, i: number): number {
  const toks = d.tokens;
  const prev = toks[i - 1];
  if (prev === undefined || prev.norm !== 'world' || prev.sentence !== toks[i].sentence) return -1;
  if (!COUNTED_HEADS.has(toks[i].norm) || toks[i + 1] === undefined || !ROMAN.test(toks[i + 1].norm)) return -1;
  return capitalised(d, i - 1) ? -1 : i - 1;
}
