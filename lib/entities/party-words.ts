// A party's words: the adjective or member noun of a party the gazetteer knows ("Republican", "Democrat"), and their
// plurals and demonyms' plurals ("Senate Republicans", "Iraqis"), which name a group of people, not a person.
import type { GazetteerEntry } from './gazetteer.js';

/** "Republican of South Carolina", "Democrat of Illinois": a legislator's party and state, not a name "X of Y". */
export const PARTY_MEMBERS = new Set(['republican', 'democrat', 'independent']);

/**
 * "Republicans", "House Democrats", "Senate Republicans": a plural last word whose singular is a demonym or the
 * adjective of a known party ("<X> Party", "<X>ic Party" in the gazetteer) names a group of people, not a person.
 */
export function isGroupPlural(word: string, gazLower: ReadonlyMap<string, GazetteerEntry>): boolean {
  if (word.length < 5 || !word.endsWith('s') || word.endsWith('ss')) return false;
  const one = word.slice(0, -1);
  const t = gazLower.get(one)?.type;
  if (t === 'demonym' || t === 'group') return true;
  return isPartyWord(one, gazLower);
}

/**
 * "Republican Sen. X", "Democratic leaders", "a Democrat": one word that is the adjective or member noun of a known
 * party ("<X> Party", "<X>ic Party" in the gazetteer) names the party's side, a group, whatever follows it.
 */
export function isPartyWord(word: string, gazLower: ReadonlyMap<string, GazetteerEntry>): boolean {
  if (word.length < 4) return false;
  let seen = partyWords.get(gazLower);
  if (!seen) partyWords.set(gazLower, (seen = new Map()));
  let yes = seen.get(word);
  if (yes === undefined) {
    yes = gazLower.get(word + ' party')?.type === 'group' || gazLower.get(word + 'ic party')?.type === 'group';
    if (seen.size > 50_000) seen.clear();
    seen.set(word, yes);
  }
  return yes;
}

/** isPartyWord's answers per gazetteer and word. */
const partyWords = new WeakMap<ReadonlyMap<string, GazetteerEntry>, Map<string, boolean>>();
