// The person a short or misspelled name stands for when the entity stage left it apart from the full name the article
// gives: "O ’ Reilly" after "Bill O ’ Reilly", "Bono Mack" after "Mary Bono Mack" (the family name is two words, and
// another Mack is named), "de Bretton-Gordon" after "Hamish de Bretton-Gordon"; and a surname one slip from a person the
// article names ("Horman said" after "Tom Homan", "Merkely" after "Sen. Jeff Merkley"): news copy names someone in
// full once, then by a shorter form, sometimes misspelled. Pure.
import type { EntityRef } from '../types.js';
import { FIRST_NAMES } from '../entities/gazetteer.js';
import { givenNames } from '../entities/world.js';
import { WORD_GIVEN_NAMES } from '../entities/word-given-names.js';
import { otherGivenName } from './name-shape.js';
import { notAFirstName, personName, surnameKey } from './person-names.js';
import { isStopword } from '../text/stopwords.js';

/** A given name written as one: a capital, then three lower-case letters or more. */
const PLAIN_GIVEN = /^\p{Lu}\p{Ll}{3,}$/u;

/** A slip is read only in surnames this long: shorter ones are other names one letter apart ("Kahn", "Kuhn"). */
const MIN_SLIP_LENGTH = 4;

/**
 * The one entity of `candidates` (the doc's people, and names the text shows are people's) whose name ends on `name`
 * as whole words and is longer ("Mary Bono Mack" for "Bono Mack"); undefined when none or several do.
 */
export function fullerOf(name: string, candidates: readonly EntityRef[]): EntityRef | undefined {
  const tail = ' ' + fold(name);
  const fits = new Set(candidates.filter((e) => fold(e.name).endsWith(tail)));
  return fits.size === 1 ? [...fits][0] : undefined;
}

/**
 * The one person of `people` (the doc's person entities) whose surname is one slip from `word` (a letter added,
 * dropped, changed, or two letters swapped; same first letter, both four letters or more); undefined when a person
 * bears the word itself, or none or several are one slip from it.
 */
export function slipOf(word: string, people: readonly EntityRef[]): EntityRef | undefined {
  const w = surnameKey(word);
  if (w.length < MIN_SLIP_LENGTH || w.includes(' ')) return undefined;
  const found = new Set<EntityRef>();
  for (const p of people) {
    if (!p.name.includes(' ')) continue; // a one-word person is itself a short form
    const s = surnameKey(p.name);
    if (s === w) return undefined;
    if (s.length >= MIN_SLIP_LENGTH && s[0] === w[0] && oneSlip(s, w)) found.add(p);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The name a speaker phrase writes when it gives the resolved person's surname another given name ("Allegra Love"
 * resolved to "Mia Love", "Chad Wolf" to "Frank Wolf": two people sharing a surname, which the given name tells apart),
 * else null. The written given name must be a known one with another first letter than the person's (so "Bob" for
 * "Robert", "Binyamin" for "Benjamin" and "Seyed" before a given name stay the person's when the short-form table knows them).
 */
export function otherBearer(phrase: string, person: string): string | null {
  const written = personName(phrase);
  const words = written?.split(/\s+/) ?? [];
  if (!written || words.length !== 2 || surnameKey(written) !== surnameKey(person)) return null;
  const given = words[0].toLowerCase();
  const known = FIRST_NAMES.has(given) || givenNames().has(given) || WORD_GIVEN_NAMES.has(given);
  // a given name no list holds, written as a name and no title or common word ("Allegra")
  const unlisted = PLAIN_GIVEN.test(words[0]) && !notAFirstName(given) && !isStopword(given);
  const first = person.toLowerCase().split(/\s+/)[0];
  if (!(known || unlisted) || person.split(/\s+/).length < 2 || first[0] === given[0]) return null;
  // (a word cut out of the person's own name: "Mara" of "Krish O ’ Mara Vignarajah")
  if (fold(person).includes(given)) return null;
  return otherGivenName(written, person) ? written : null;
}

/** Name words compared across the article's spellings: lower case, curly apostrophes straight, no space around them. */
function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s*['’]\s*/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether two different strings are one edit apart: a letter added, dropped or changed, or two neighbours swapped. */
export function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i); // added or dropped
}
