// The gender a given name or a title tells: compromise's lexicon tags given names MaleName or FemaleName (copied into
// lexicon-data.ts); a form of address or a gendered title ("Mrs.", "Queen", "Congresswoman") tells it too. Names the
// lexicon tags neither way ("Jordan", "Melania") tell nothing.
import { FEMALE_NAMES, MALE_NAMES } from './lexicon-data.js';

export type Gender = 'male' | 'female';

let male: Set<string> | null = null;
let female: Set<string> | null = null;

/** The gender of a lowercase given name, or undefined when the lexicon does not tag it. */
export function givenNameGender(w: string): Gender | undefined {
  male ??= new Set(MALE_NAMES.split('|'));
  female ??= new Set(FEMALE_NAMES.split('|'));
  if (male.has(w)) return female.has(w) ? undefined : 'male';
  return female.has(w) ? 'female' : undefined;
}

/** Forms of address, the dot dropped: the only titles a bare surname's gender is read from (a Map: a title such as
 *  "Constructor" must not answer from an object's prototype). */
const ADDRESS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
]);

/** Titles before a full name that tell its gender, besides the forms of address. */
const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ...ADDRESS,
  ...(['sir', 'lord', 'king', 'prince', 'crown prince', 'emperor', 'congressman', 'spokesman'] as const).map(
    (t) => [t, 'male'] as const,
  ),
  ...(['lady', 'first lady', 'dame', 'queen', 'princess', 'empress', 'congresswoman', 'spokeswoman'] as const).map(
    (t) => [t, 'female'] as const,
  ),
]);

const bare = (t: string) => t.toLowerCase().replace(/\.$/, '');

/** The gender a form of address tells ("Mr.", "Mrs", "Ms.", "Miss"), or undefined. */
export function addressGender(title: string | undefined): Gender | undefined {
  return title === undefined ? undefined : ADDRESS.get(bare(title));
}

/** The gender a title before a full name tells, or undefined. */
export function titleGender(title: string | undefined): Gender | undefined {
  return title === undefined ? undefined : GENDERED_TITLES.get(bare(title));
}
