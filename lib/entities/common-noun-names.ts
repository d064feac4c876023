// Capitalised common words that open a name only with what follows them: "the Gang of Eight", "Bay of Pigs", "Meet
// the Press". Alone, a word the corpus also writes in lower case names nothing; with "of" and a capitalised word or
// "the" and a name word after it, mid-sentence, it is a name's first word.
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { givenNames, surnameSet } from './world.js';
import { TITLES, FIRST_NAMES } from './gazetteer.js';
import { ordinaryWord } from './corpus-words.js';
import { PARTY_MEMBERS } from './party-words.js';
import { type Ctx, tokText } from './scan-context.js';
import { TITLE_FIRST } from './title-words.js';
import { C, isCapLike } from './token-classes.js';
import { CAPITALISED_WORD } from './word-shapes.js';
import { COMMON_STARTERS } from './first-words.js';
import { stopCap } from './stop-caps.js';

/** "on Meet the Press": the word at i is an ordinary word the corpus writes in lower case (a verb, mostly),
 * capitalised mid-sentence, then "the" at j and one capitalised word that no other capitalised word follows. */
export function programmeTitle(d: Doc, i: number, j: number, ctx: Ctx): boolean {
  const cls = ctx.classes;
  if (cls.at(j + 1) !== C.Cap || stopCap(d, j + 1, ctx) || isCapLike(cls.at(j + 2))) return false;
  return ordinaryWord(d.tokens[i].norm, ctx) && commonNounName(d, i, false, ctx);
}

/** A capitalised word that the corpus also writes in lower case (or counted: "of Eight"), not first in its sentence,
 * and no name, title or place of its own: it starts a name only with what follows ("Gang" in "the Gang of Eight"). */
export function commonNounName(d: Doc, i: number, counted: boolean, ctx: Ctx): boolean {
  const t = d.tokens[i];
  const w = tokText(d, i);
  if (!CAPITALISED_WORD.test(w)) return false;
  if (!counted && (i === 0 || d.tokens[i - 1].sentence !== t.sentence)) return false;
  if (!(counted || ctx.lowerUses.has(t.norm)) || STOPWORDS.has(t.norm) || COMMON_STARTERS.has(t.norm)) return false;
  if (TITLES.has(t.norm) || TITLE_FIRST.has(t.norm) || ctx.gaz.has(w) || PARTY_MEMBERS.has(t.norm)) return false;
  return !FIRST_NAMES.has(t.norm) && !givenNames().has(t.norm) && !surnameSet().has(t.norm);
}
