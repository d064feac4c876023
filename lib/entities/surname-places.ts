// A surname that is also a place: news copy names a person in full once ("director Neil Jordan", "Wimbledon finalist
// MaliVai Washington") and by the family name after that ("Jordan said", "Washington netted a backhand"). The
// gazetteer reads the bare family name as the country or the city; in an article that names the person in full and
// never puts the word in a place's context, it is the person.
import type { Doc } from '../types.js';
import { firstStartingAt } from '../util/search.js';
import { contextEvidence, SPEECH_VERBS } from './evidence.js';
import { demonymTargets, FIRST_NAMES, type GazetteerEntry } from './gazetteer.js';
import { givenNames } from './world.js';
import { STARTS_UPPER } from '../util/letters.js';
import type { RetypedMention, WordSet } from './types.js';

/** The fields of a mention this rule reads and retypes. */
interface Mention extends RetypedMention {
  parts: string[];
  canonical?: string;
}

/**
 * The people named in full in one article whose family name is a one-word place mention there: family name -> the
 * full mention.
 */
function placeSurnames(
  d: Doc,
  list: readonly Mention[],
  gazLower: ReadonlyMap<string, GazetteerEntry>,
  lowerWords: WordSet,
): Map<string, Mention> {
  const places = new Set<string>();
  const spoken = new Set<string>();
  for (const m of list) {
    if (m.type !== 'place' || m.parts.length !== 1 || m.cue !== 'gazetteer') continue;
    places.add(m.parts[0]);
    if (speaker(d, m)) spoken.add(m.parts[0]);
  }
  const out = new Map<string, Mention>();
  if (!places.size) return out;
  for (const m of list) {
    if (m.type !== 'person' || m.parts.length < 2 || m.parts.length > 4 || m.canonical) continue;
    const last = m.parts[m.parts.length - 1];
    if (!places.has(last) || out.has(last) || !personName(m, gazLower, lowerWords, spoken.has(last))) continue;
    out.set(last, m);
  }
  return out;
}

/** The one-word mention speaks or is spoken of as a person: a verb of saying right before or after it ("said
 * Washington", "Washington said"), or ", who" after it ("Washington, who climbed back"). */
function speaker(d: Doc, m: Mention): boolean {
  const k = firstStartingAt(d.tokens, m.start);
  const word = (j: number) => (d.tokens[j]?.sentence === m.sentence ? d.tokens[j].norm : '');
  if (SPEECH_VERBS.has(word(k - 1)) || SPEECH_VERBS.has(word(k + 1))) return true;
  return word(k + 1) === ',' && word(k + 2) === 'who';
}

/**
 * A person's name for sure: a given name first, or a cue stronger than title case ("director Neil Jordan"), or title
 * case when the bare family name speaks in the article (`spoken`: "MaliVai Washington" ... "said Washington"); no
 * word before the last is a place or a word the corpus writes in lower case ("Greater Milwaukee", "Trump Regarding
 * Turkey"). Title case alone also makes "Breitbart Texas" and "Ciudad Juarez" people.
 */
function personName(
  m: Mention,
  gazLower: ReadonlyMap<string, GazetteerEntry>,
  lowerWords: WordSet,
  spoken: boolean,
): boolean {
  const first = m.parts[0];
  if (m.strength < 2 && !spoken && !FIRST_NAMES.has(first) && !givenNames().has(first)) return false;
  for (let k = 0; k < m.parts.length - 1; k++) if (gazLower.has(m.parts[k]) || lowerWords.has(m.parts[k])) return false;
  return true;
}

/** The words right around the mention place it: "in Jordan", "from Washington", "Jordan-based", "the town of X",
 *  "Washington, D.C." (a comma and a capitalised word with its period: a state's abbreviation or a place). */
function placedHere(d: Doc, m: Mention, gaz: ReadonlyMap<string, GazetteerEntry>): boolean {
  const k = firstStartingAt(d.tokens, m.start);
  if (d.tokens[k]?.end !== m.end) return true; // not one token: leave it
  if (contextEvidence(d, k, k)?.type === 'place') return true;
  const comma = d.tokens[k + 1];
  const next = d.tokens[k + 2];
  if (comma?.norm !== ',' || !next || next.sentence !== m.sentence || next.kind !== 'word') return false;
  const word = d.text.slice(next.start, next.end);
  return gaz.get(word)?.type === 'place' || (STARTS_UPPER.test(word) && d.tokens[k + 3]?.norm === '.');
}

let demonyms: Map<string, string> | undefined;

/** The lowercase country of a demonym ("Israeli" -> "israel"), or undefined. */
function demonymOf(text: string): string | undefined {
  if (!demonyms) {
    demonyms = new Map();
    for (const [k, v] of demonymTargets()) demonyms.set(k, v.toLowerCase());
  }
  return demonyms.get(text);
}

/**
 * Retype, in place, the one-word place mentions of an article that are the family name of a person it names in full,
 * when none of that word's mentions there is placed by its context, none comes before the full name, none is the
 * dateline, and the article uses no demonym of the place ("Israeli" beside "Rep. Steve Israel"). Each becomes the
 * person, with no gazetteer canonical, so that it merges with the full name.
 */
export function surnamesOverPlaces(
  docs: readonly Doc[],
  mentions: readonly Mention[][],
  gaz: ReadonlyMap<string, GazetteerEntry>,
  gazLower: ReadonlyMap<string, GazetteerEntry>,
  lowerWords: WordSet,
): void {
  docs.forEach((d, di) => {
    const list = mentions[di];
    const people = placeSurnames(d, list, gazLower, lowerWords);
    if (!people.size) return;
    const bare = (m: Mention) => m.type === 'place' && m.parts.length === 1 && people.has(m.parts[0]);
    const placed = new Set<string>();
    for (const m of list) {
      if (m.type === 'demonym') {
        // "Israeli leaders": the article is about the country too
        const land = demonymOf(m.text);
        if (land && people.has(land)) placed.add(land);
      }
      if (m.parts.length !== 1 || !people.has(m.parts[0])) continue;
      // the full name comes first in news copy: the word before it is the place
      const early = m.start < people.get(m.parts[0])!.start;
      if (m.cue === 'dateline' || (bare(m) && (m.cue !== 'gazetteer' || early || placedHere(d, m, gaz))))
        placed.add(m.parts[0]);
    }
    for (const m of list) {
      if (!bare(m) || placed.has(m.parts[0])) continue;
      m.type = 'person';
      m.strength = 2;
      m.cue = `surname of '${people.get(m.parts[0])!.text}' in this article`;
      m.canonical = undefined;
    }
  });
}
