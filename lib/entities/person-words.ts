// Words that belong to people's names: a known given name that opens one, a given name or surname of the name lists,
// and a given name the lists lack before a title word that is also a family name ("Sen. Angus King").
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isPeopleWord, isRegionAdjective } from './peoples.js';
import { givenNames, surnameSet } from './world.js';
import { TITLES, FIRST_NAMES } from './gazetteer.js';
import { headTypeOf } from './head-words.js';
import type { Ctx } from './scan-context.js';
import { CAPITALISED_WORD } from './word-shapes.js';

/**
 * "Sen. Angus King of Maine": a capitalised word before a title word that is also a family name is a given name the
 * lists do not know when the corpus never writes it in lower case and it is no known name, place, people, title or
 * head word ("Saudi King", "Crown Prince", "Federal Judge" and "Catholic Bishop" stay titles).
 */
export function unlistedGivenName(d: Doc, k: number, ctx: Ctx): boolean {
  const t = d.tokens[k];
  const n = t.norm;
  if (!CAPITALISED_WORD.test(d.text.slice(t.start, t.end)) || ctx.lowerUses.has(n) || ctx.gazLower.has(n)) return false;
  const w = d.text.slice(t.start, t.end);
  return !STOPWORDS.has(n) && !TITLES.has(n) && !headTypeOf(n) && !isPeopleWord(w) && !isRegionAdjective(n);
}

/** A word that starts a person's name: a known given name or a first name of the hand list. */
export function isPersonStart(w: string): boolean {
  return FIRST_NAMES.has(w) || givenNames().has(w);
}

/** A known given name or surname ("Kennedy" in "the Kennedys"). */
export function isPersonWord(w: string): boolean {
  return FIRST_NAMES.has(w) || givenNames().has(w) || surnameSet().has(w);
}
