// Acronyms of a class of people: "Unaccompanied Alien Children ( UAC )", "Lawful Permanent Residents ( LPRs )",
// "internally displaced persons ( IDP )". Capitalised or not, the words spell a common noun of people (its head a
// plural of people), as "IDP" or "LPR" of the common-noun list are: a kind of people, counted ("7,635 UAC"), no body
// and no name. Written from general English; no list is taken from a corpus.
import type { Doc } from '../types.js';
import { spelledAcronyms } from './acronym-kinds.js';
import { headWord } from './head-words.js';

/** Plural nouns of kinds of people that head such a class ("children", "residents", "seekers"). Not "arrivals",
 * which heads a programme's object ("Deferred Action for Childhood Arrivals": its head is "action" anyway). */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  'children',
  'minors',
  'juveniles',
  'youths',
  'adults',
  'persons',
  'people',
  'residents',
  'immigrants',
  'migrants',
  'refugees',
  'aliens',
  'seekers',
  'asylees',
  'entrants',
  'workers',
  'students',
  'families',
  'detainees',
  'nationals',
  'citizens',
  'veterans',
  'women',
  'men',
]);

/**
 * The acronyms the corpus spells out only as a class of people ("Unaccompanied Alien Children ( UAC )"), each with
 * its spellings in lower case: every spelling it gives is headed by a plural of people. One also spelled out as
 * anything else is left to its shape.
 */
export function peopleClassAcronyms(docs: readonly Doc[]): Map<string, Set<string>> {
  const people = new Map<string, Set<string>>();
  const other = new Set<string>();
  for (const d of docs)
    for (const { acronym: a, spelled } of spelledAcronyms(d)) {
      const norms = spelled.map((w) => w.toLowerCase());
      if (!PEOPLE_PLURALS.has(headWord(norms))) other.add(a);
      else (people.get(a) ?? people.set(a, new Set()).get(a)!).add(norms.join(' '));
    }
  for (const a of other) people.delete(a);
  return people;
}
