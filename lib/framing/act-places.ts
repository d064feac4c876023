// Another act by its place: "Saddam Hussein's invasion of Kuwait", "the U.S. invasion of Afghanistan", "Bush's
// invasion of Iraq", "the Libyan intervention" in a story on Turkey's incursion into Syria. A noun of the incursion
// names the act of the story only where the states its phrase names are the story's: the place of its complement ("of
// Kuwait", "into Syria", "in Iraq") or, without one, the states of its modifiers ("the Libyan intervention", "Russia's
// intervention"), and the person who owns it ("Saddam Hussein's invasion"). A story names its act's states and actors
// where it opens: in its headline and its lede. States are read from the project's gazetteer (countries, their
// capitals and the demonyms of countries, lib/entities), not from a list of wars. Pure: docs and token indices in, a
// yes or no out.
import type { Doc } from '../types.js';
import { CALENDAR, GROUP_HEADS, ORG_HEADS, gazetteerMaps } from '../entities/gazetteer.js';
import { countryOfPlace } from './capital-metonyms.js';
import { stateOfCity } from './city-states.js';
import { onTitleCaseLine } from './act-senses.js';
import { actAsTime, actRecalled, actUnderWay } from './act-times.js';
import { STARTS_UPPER } from '../util/letters.js';

/** The sentences of the body that make its lede: where a story names the place and the actors of its act. */
export const LEDE_SENTENCES = 3;

/** What a story's headline and lede name: the states (by country) and every capitalised word (lower case). */
export interface StoryNames {
  states: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /** every word the opening writes, lower case: whether it names an act of a kind ("offensive") */
  terms: ReadonlySet<string>;
}

/** Prepositions of a head's complement that give the act's place: "invasion of Kuwait", "incursion into Syria". */
const PLACE_OF: ReadonlySet<string> = new Set('of into in inside on'.split(' '));

/** Words a complement or a run of modifiers may hold before its place ("of northern Syria", "of the U.S."). */
const FILLERS: ReadonlySet<string> = new Set('the a an northern southern eastern western central'.split(' '));

/** Words that end a head's modifiers: a determiner opens the phrase ("the U.S. invasion", "a Turkish incursion"). */
const DETERMINERS: ReadonlySet<string> = new Set('the a an this that these those its his her their our any'.split(' '));

/** How a name is read as a state's: stateOfName, or stateOfSite for a place of the ground. */
type StateOf = (name: string) => string | undefined;

/** The state a capitalised name names: a country, its capital or its demonym ("Turkish", "Kuwaitis"), else none. */
export function stateOfName(name: string): string | undefined {
  const e = gazetteerMaps().exact.get(name);
  if (e && e.type !== 'place' && e.type !== 'demonym') return undefined;
  return countryOfPlace(e?.canonical ?? name) ?? countryOfPlace(name);
}

/** The state a place names: stateOfName, or the state of a city ("Benghazi" -> Libya, "Phoenix" -> United States). */
export function stateOfSite(name: string): string | undefined {
  return stateOfName(name) ?? stateOfCity(name);
}

/** The state a word token names, read whole and, when hyphenated, by its first part ("US-led", "Saudi-backed"). */
function stateAt(d: Doc, k: number): string | undefined {
  const t = d.tokens[k];
  if (t.kind !== 'word' || !STARTS_UPPER.test(d.text[t.start])) return undefined;
  const w = d.text.slice(t.start, t.end);
  return stateOfName(w) ?? (w.includes('-') ? stateOfName(w.slice(0, w.indexOf('-'))) : undefined);
}

/** A run of capitalised words from token a, as far as it goes in its sentence: [a, end). */
function runEnd(d: Doc, a: number): number {
  const toks = d.tokens;
  let b = a;
  while (toks[b]?.sentence === toks[a].sentence && toks[b].kind === 'word' && STARTS_UPPER.test(d.text[toks[b].start]))
    b++;
  return b;
}

/** The states a run of capitalised words names: the run whole ("United States", "Saudi Arabia"), else its words. */
function runStates(d: Doc, a: number, b: number, of: StateOf = stateOfName): string[] {
  const whole = of(d.text.slice(d.tokens[a].start, d.tokens[b - 1].end));
  if (whole) return [whole];
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    // a city is read from the whole run only: "Spring" of "the Arab Spring protests" is no town in Texas
    const s = stateAt(d, k);
    if (s) out.push(s);
  }
  return out;
}

/**
 * What a story's headline and the first LEDE_SENTENCES sentences of its body name; `of`: how a name is read as a
 * state's (stateOfSite: cities too).
 */
export function storyNames(body: Doc | undefined, headline: Doc | undefined, of: StateOf = stateOfName): StoryNames {
  const states = new Set<string>();
  const words = new Set<string>();
  const terms = new Set<string>();
  for (const d of [body, headline]) {
    if (!d) continue;
    const last = d === headline ? Infinity : LEDE_SENTENCES;
    for (let k = 0; k < d.tokens.length && d.tokens[k].sentence < last; k++)
      if (d.tokens[k].kind === 'word') terms.add(d.tokens[k].norm);
    for (let k = 0; k < d.tokens.length && d.tokens[k].sentence < last; k++) {
      const t = d.tokens[k];
      if (t.kind !== 'word' || !STARTS_UPPER.test(d.text[t.start])) continue;
      const b = runEnd(d, k);
      for (const s of runStates(d, k, b, of)) states.add(s);
      for (let j = k; j < b; j++) words.add(d.tokens[j].norm);
      k = b - 1;
    }
  }
  return { states, words, terms };
}

/** What a head's phrase names: the states of its complement, of its modifiers, and the persons that own it. */
interface PhraseNames {
  places: string[];
  modifiers: string[];
  /** whether a state owns the act ("Turkey 's incursion"): its actor, not its place */
  possessive: boolean;
  owners: string[];
  /** the words of a name the act goes by ("the D-Day invasion", "the Tet offensive"): a named act, in history */
  named: string[];
  /** whether the modifiers join several states ("the Afghan or Iraq invasions"): several acts, each to be the story's */
  listed: boolean;
}

/**
 * The names of the modifiers before the head at token i, back to a determiner or a word that is neither capitalised
 * nor a filler: states ("the U.S. invasion", "the Afghan or Iraq invasions", "Turkey 's invasion") and owners, a
 * name before "'s" that names no state ("Saddam Hussein 's invasion": its last word, "hussein").
 */
function modifierNames(d: Doc, i: number, out: PhraseNames, of: StateOf = stateOfName): void {
  const toks = d.tokens;
  const s = toks[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - 6 && toks[k].sentence === s; k--) {
    const t = toks[k];
    if (DETERMINERS.has(t.norm)) return;
    if (t.norm === "'s" || t.norm === '-' || t.norm === 'and' || t.norm === 'or') continue;
    if (t.kind !== 'word' || !STARTS_UPPER.test(d.text[t.start])) {
      if (t.kind === 'word' && /^\p{Ll}+$/u.test(t.norm) && k === i - 1) continue; // "Israeli ground invasion"
      if (t.kind === 'word' && (t.norm === 'led' || t.norm === 'backed' || FILLERS.has(t.norm))) continue;
      return;
    }
    let a = k;
    while (
      a > 0 &&
      toks[a - 1].sentence === s &&
      toks[a - 1].kind === 'word' &&
      STARTS_UPPER.test(d.text[toks[a - 1].start])
    )
      a--;
    const states = runStates(d, a, k + 1, of);
    if (states.length && out.modifiers.length && /^(?:and|or)$/.test(toks[k + 1]?.norm ?? '')) out.listed = true;
    out.modifiers.push(...states);
    if (states.length && toks[k + 1]?.norm === "'s") out.possessive = true;
    if (!states.length && toks[k + 1]?.norm === "'s" && personLike(d, a, k + 1)) out.owners.push(t.norm);
    if (!states.length && k >= i - 2 && actName(d, a, k + 1)) out.named.push(...runNorms(d, a, k + 1));
    k = a;
  }
}

/**
 * Whether the capitalised run [a, b) may be a person: no name the gazetteer knows (a group, "Hezbollah"; an
 * organisation) and no day or month ("Tuesday 's protest").
 */
function personLike(d: Doc, a: number, b: number): boolean {
  const { exact } = gazetteerMaps();
  for (let k = a; k < b; k++) {
    const w = d.text.slice(d.tokens[k].start, d.tokens[k].end);
    if (CALENDAR.has(d.tokens[k].norm) || exact.has(w)) return false;
  }
  return !exact.has(d.text.slice(d.tokens[a].start, d.tokens[b - 1].end));
}

/** The lower-case words of tokens [a, b). */
function runNorms(d: Doc, a: number, b: number): string[] {
  return d.tokens.slice(a, b).map((t) => t.norm);
}

/**
 * Whether the capitalised run [a, b) right before a head (over at most one word: "the Tet military offensive") may be
 * the name the act goes by ("the D-Day invasion", "the Bay of Pigs invasion"): a run the gazetteer does not know (not
 * a place, a people, a group or an organisation: "the Kurdish offensive", "the NATO intervention" are actors), no word
 * of the calendar or the head of a body ("the Army intervention"), not opening its sentence, not on a line in title
 * case, not named before in the text.
 */
function actName(d: Doc, a: number, b: number): boolean {
  const toks = d.tokens;
  if (a === 0 || toks[a - 1].sentence !== toks[a].sentence || toks[a - 1].kind === 'punct') return false;
  if (onTitleCaseLine(d.text, toks[a].start) || d.field === 'title') return false;
  const { exact } = gazetteerMaps();
  const name = d.text.slice(toks[a].start, toks[b - 1].end);
  // "in the contested district of Jobar … the Jobar offensive": a name the text gave before is a place of its story
  if (exact.has(name) || d.text.lastIndexOf(name, toks[a].start - 1) >= 0) return false;
  for (let k = a; k < b; k++) {
    const w = d.text.slice(toks[k].start, toks[k].end);
    if (exact.has(w) || exact.has(w.split('-')[0]) || CALENDAR.has(toks[k].norm)) return false;
    if (ORG_HEADS.has(toks[k].norm) || GROUP_HEADS.has(toks[k].norm)) return false;
  }
  return true;
}

/** The states of the head's complement: "of Kuwait", "into northern Syria", "of Afghanistan and Iraq". */
function complementStates(d: Doc, i: number, of: StateOf = stateOfName): string[] {
  const toks = d.tokens;
  const s = toks[i].sentence;
  if (!PLACE_OF.has(toks[i + 1]?.norm ?? '')) return [];
  const out: string[] = [];
  for (let k = i + 2; k < toks.length && k <= i + 8 && toks[k].sentence === s; k++) {
    const t = toks[k];
    if (FILLERS.has(t.norm) || t.norm === 'and' || t.norm === "'s") continue;
    if (t.norm === ',' && out.length) continue; // "in Yemen, Syria, and Iran"
    if (t.kind !== 'word' || !STARTS_UPPER.test(d.text[t.start]) || t.norm.includes('-')) break;
    const b = runEnd(d, k);
    out.push(...runStates(d, k, b, of));
    k = b - 1;
  }
  return out;
}

/**
 * True when the head at token i names another act than the story's (`story`: its headline's and lede's names): its
 * complement names states and none is the story's ("the invasion of Kuwait" in a story on Syria); or, without such a
 * complement, its modifiers name states and none is the story's ("the Libyan intervention", "the Libya intervention"),
 * unless a state owns it and its sentence names a state of the story ("Russia 's intervention … the Syrian regime"); or it is owned by a person the story does not open with ("Bush 's invasion of Iraq" in a story on Iraq in 2014). A phrase that names
 * nothing ("the invasion", "a ground invasion") is the story's.
 */
export function otherPlaceAct(d: Doc, i: number, story: StoryNames): boolean {
  const names: PhraseNames = {
    places: complementStates(d, i),
    modifiers: [],
    possessive: false,
    owners: [],
    named: [],
    listed: false,
  };
  modifierNames(d, i, names);
  const known = (xs: readonly string[]) => xs.some((x) => story.states.has(x));
  // "the ten-year anniversary of the U.S.-led invasion", "As far back as December 2003 …": an act gone by
  if (actRecalled(d, i)) return true;
  // "shortly after the US-led invasion, a group was established": an act that dates another event is one gone by,
  // unless the story opens with an act of that name ("since the offensive, 100,000 have fled" in a story on it)
  if (actAsTime(d, i) && !namedInOpening(d.tokens[i].norm, story)) return true;
  if (names.owners.length && !names.owners.some((w) => story.words.has(w))) return true;
  // "the D-Day invasion": an act known by its name, one the story does not open with
  if (names.named.length && !names.named.some((w) => story.words.has(w))) return true;
  // "the U.S. military operation in Iraq, where American airstrikes are being carried out" in a story opening on Syria:
  // the story's actor in the act under way; "the U.S. invasion of Iraq" there is history
  if (names.places.length) return !known(names.places) && !(actUnderWay(d, i) && known(sentenceStates(d, i)));
  // "the Afghan or Iraq invasions": acts in several states, each of them the story's or the phrase names history
  if (names.listed && !names.modifiers.every((x) => story.states.has(x))) return true;
  if (!names.modifiers.length || known(names.modifiers)) return false;
  // "Turkey 's incursion marks a pivotal point in Syria 's conflict": the actor's act where the story's state is;
  // "killed since Turkey 's offensive started" in a story that opens on the troops leaving Syria: the actor's act
  // under way, the act of the story's days wherever the sentence stands
  return !names.possessive || !(known(sentenceStates(d, i)) || actUnderWay(d, i));
}

/** Whether the story's opening writes the head `norm` (singular or plural: "operation", "operations"). */
function namedInOpening(norm: string, story: StoryNames): boolean {
  const one = norm.replace(/e?s$/, '');
  return [norm, one, one + 's', one + 'e', one + 'es'].some((w) => story.terms.has(w));
}

/** The states the head's sentence names, by word and by capitalised run ("the United States"). */
function sentenceStates(d: Doc, i: number): string[] {
  const toks = d.tokens;
  const s = toks[i].sentence;
  const out: string[] = [];
  let a = i;
  while (a > 0 && toks[a - 1].sentence === s) a--;
  for (let k = a; k < toks.length && toks[k].sentence === s; k++) {
    const st = stateAt(d, k);
    if (st) out.push(st);
    else if (toks[k].kind === 'word' && STARTS_UPPER.test(d.text[toks[k].start])) {
      const b = runEnd(d, k);
      if (b > k + 1) out.push(...runStates(d, k, b));
    }
  }
  return out;
}

/**
 * True when the crowd noun at token i stands in another place than the story's (`story`: its headline's and lede's
 * states, cities read as their states: storyNames with stateOfSite): the states of its complement ("a rally in
 * Phoenix", "protests in Cairo") or else of its modifiers ("the Benghazi mob", "Egyptian protests") are none of the
 * story's. Only places count: a crowd's organiser ("Trump's rally") or its name ("the Occupy protests") says nothing of
 * where it stood, and a story whose opening names no state leaves every crowd its own.
 */
export function otherSiteAct(d: Doc, i: number, story: StoryNames): boolean {
  if (!story.states.size) return false;
  const names: PhraseNames = {
    places: complementStates(d, i, stateOfSite),
    modifiers: [],
    possessive: false,
    owners: [],
    named: [],
    listed: false,
  };
  if (!names.places.length) modifierNames(d, i, names, stateOfSite);
  const where = names.places.length ? names.places : names.modifiers;
  return where.length > 0 && !where.some((x) => story.states.has(x));
}
