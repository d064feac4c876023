// Counts and ordinals beside names: number words ("Gang of Eight"), a count before the people it counts ("Five Israeli
// soldiers": the count is no part of a name), a count after a word ("Day One"), and ordinals alone ("Third test"), which
// name nothing.
import type { Doc } from '../types.js';
import { isPeopleWord } from './peoples.js';
import type { Unit, Ctx } from './scan-context.js';

export const SMALL_NUMBER = /^\d{1,2}$/;

export const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand'.split(' '),
);

/** Capitalised counts of people: the number words and the round plurals ("Dozens", "Hundreds"). */
const PEOPLE_COUNTS: ReadonlySet<string> = new Set([...NUMBER_WORDS, 'dozens', 'hundreds', 'thousands', 'millions']);

/** A run that opens with a count, then "of" or a people word ("Five Israeli", "Hundreds of Central American",
 * "Eight Republicans"): the count is no part of a name ("Six Day War", "Three Stooges" stay whole). */
export function countBeforePeople(d: Doc, units: readonly Unit[], ctx: Ctx): boolean {
  if (units.length < 2 || !PEOPLE_COUNTS.has(d.tokens[units[0].i].norm)) return false;
  const t = d.tokens[units[1].i];
  if (t.norm === 'of') return units.length > 2;
  const type = ctx.gazLower.get(t.norm)?.type;
  return isPeopleWord(d.text.slice(t.start, t.end)) || type === 'demonym' || type === 'group';
}

/** Ordinals: capitalised alone they start a phrase ("Third test", "Second one-day international"), they name
 * nothing; inside a longer name they stay ("First Union", "Third World"). */
export const ORDINAL_WORDS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '));

/** "Gang of Eight ...": a run whose second word is "of" and third a number word, kept first in a sentence too. */
export function countedOf(d: Doc, units: readonly Unit[]): boolean {
  return units.length >= 3 && d.tokens[units[1].i].norm === 'of' && NUMBER_WORDS.has(d.tokens[units[2].i].norm);
}

/** A count follows token k: a number or a capitalised number word ("Day One", "Day 1"). */
export function countAfter(d: Doc, k: number): boolean {
  const t = d.tokens[k + 1];
  if (!t || t.sentence !== d.tokens[k].sentence) return false;
  return t.kind === 'number' || t.norm === 'one' || NUMBER_WORDS.has(t.norm);
}

export const ORDINAL_NUMBER = /^\d{1,3}(?:st|nd|rd|th)$/;
