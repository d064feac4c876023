// Words that describe a person before the name without being part of it: a party's word ("Republican Jan Doe"), a
// people's word ("Syrian Jan Doe") or the demonym of a first-level region ("Arizonan Jan Doe", "Ohioan", "Floridian"),
// and a plural title ("Senators Jan Doe and Kit Vale").
import type { GazetteerEntry } from './gazetteer.js';
import { TITLES } from './gazetteer.js';
import { REGIONS } from './lexicon-data.js';
import { isPartyWord } from './party-words.js';
import { GIVEN_NAME_TITLES } from './title-words.js';

let regionDemonyms: ReadonlySet<string> | null = null;

/**
 * The regular English demonyms of one-word first-level regions (US states, provinces) of the lexicon: "Arizona" ->
 * "arizonan", "Ohio" -> "ohioan", "Florida" -> "floridian", "Iowa" -> "iowan". Irregular ones ("Texan") are in the
 * lexicon's demonym list already.
 */
function regionDemonymSet(): ReadonlySet<string> {
  if (regionDemonyms) return regionDemonyms;
  const s = new Set<string>();
  for (const r of REGIONS.split('|')) {
    if (r.includes(' ') || r.length < 4) continue;
    if (r.endsWith('a')) s.add(r + 'n').add(r.slice(0, -1) + 'ian');
    else if (r.endsWith('o')) s.add(r + 'an');
  }
  return (regionDemonyms = s);
}

/** A party's word or a demonym (of a people or of a region), lower case, in one word. */
export function isDescriptorWord(word: string, gazLower: ReadonlyMap<string, GazetteerEntry>): boolean {
  return isPartyWord(word, gazLower) || gazLower.get(word)?.type === 'demonym' || regionDemonymSet().has(word);
}

/** "Senators", "Presidents", "Secretaries", "Justices": the plural of a one-word title of the lists, or of a title
 * that also heads bodies' names (a title only before a given name, as the plural is used here). */
export function isPluralTitle(word: string): boolean {
  if (word.length < 5 || !word.endsWith('s')) return false;
  const one = word.endsWith('ies') ? word.slice(0, -3) + 'y' : word.slice(0, -1);
  return TITLES.has(one) || GIVEN_NAME_TITLES.has(one);
}
