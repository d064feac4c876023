// A name that opens with a gazetteer name and has no head word: a people or group before a name is split off
// ("Moroccan Mohamed Benchaou"), a place before other words names something of that place ("Manchester United"),
// a people and a common noun are one name ("the American Dream") or the people ("American Citizens").
import { isLandmark, isSite } from './landmarks.js';
import type { Doc } from '../types.js';
import type { EntityType } from './types.js';
import { isAcronymShape } from './acronyms.js';
import { isPeopleWord } from './peoples.js';
import { isIdeologyWord } from './ideologies.js';
import { givenNames, surnameSet } from './world.js';
import { type GazetteerEntry, PARTICLES, FIRST_NAMES } from './gazetteer.js';
import { headTypeOf } from './head-words.js';
import { PARTY_MEMBERS } from './party-words.js';
import { isPersonWord, isPersonStart } from './person-words.js';
import { type Unit, type Ctx, tokText } from './scan-context.js';

/** "Arab Spring", "Prague Spring": a people or a place and a season name a time of upheaval, an event (the season is
 * no place, though a town may be called "Spring"). */
const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/** "America First", "Russia Again": a country and a word of priority or return name a slogan or a policy (counted
 * with laws and programmes), not an organisation of that place. */
const PRIORITY_WORDS: ReadonlySet<string> = new Set(['first', 'again', 'forward', 'alone']);

/** A country and a word of priority (PRIORITY_WORDS), before no title or other capitalised word ("the US First Lady"). */
function sloganShape(d: Doc, seg: readonly Unit[], ctx: Ctx): boolean {
  if (seg.length !== 2 || ctx.beforeTitle || !PRIORITY_WORDS.has(d.tokens[seg[1].i].norm)) return false;
  const after = d.tokens[seg[1].i + 1];
  if (after?.kind === 'word' && d.text.charCodeAt(after.start) < 97) return false;
  if (namedBody(d, seg[0].i, seg[1].i)) return false;
  return ctx.gaz.get(tokText(d, seg[0].i))?.type === 'place';
}

/** Lowercase nouns of a body that, right before a slogan-shaped name or ("party") right after it, make it the body's
 * name: "the activist group Britain First", "the Britain First party". */
const BODY_NOUNS: ReadonlySet<string> = new Set(['group', 'party', 'movement', 'organisation', 'organization']);

/** The name on tokens first..last is introduced by a body noun before it, or followed by "party". */
function namedBody(d: Doc, first: number, last: number): boolean {
  const s = d.tokens[first].sentence;
  const before = d.tokens[first - 1];
  const after = d.tokens[last + 1];
  const lower = (t: (typeof d.tokens)[number] | undefined) => t?.sentence === s && d.text.charCodeAt(t.start) >= 97;
  return (lower(before) && BODY_NOUNS.has(before.norm)) || (lower(after) && after.norm === 'party');
}

/** Words of a faith or a people that are also common given names, which the given-name lists leave out ("Christian
 * Vale", "Norman Lund"). */
const PEOPLE_GIVEN_NAMES: ReadonlySet<string> = new Set(['christian', 'norman']);

/**
 * The second word of a two-word segment reads as a family name: a surname of the lists ("Christian Adams"), a name
 * before a bracket (a results line: "Christian Arrue (U.S.)"), or a word the article writes alone elsewhere, not
 * after the segment's first word ("Karembeu"). "Christian Copt" is none of these.
 */
function familyNameAfter(d: Doc, seg: readonly Unit[]): boolean {
  const toks = d.tokens;
  const k = seg[1].i;
  const last = toks[k].norm;
  if (surnameSet().has(last) || toks[k + 1]?.norm === '(') return true;
  const end = Math.min(toks.length, k + ALONE_WINDOW);
  for (let j = Math.max(1, k - ALONE_WINDOW); j < end; j++)
    if (j !== k && toks[j].norm === last && toks[j - 1].norm !== toks[seg[0].i].norm) return true;
  return false;
}

/** How many tokens either side of a name familyNameAfter reads for the family name alone. */
const ALONE_WINDOW = 2000;

/** How a name without a head word that starts with a gazetteer name is read. */
type LeadingName =
  { whole: false; len: number; entry: GazetteerEntry } | { whole: true; type: EntityType; cue: string };

/**
 * A name that starts with a gazetteer name and has no head word. A demonym or group before a name is split off
 * ("Iraqi Delegation", "Moroccan Mohamed Benchaou"). A place before other capitalised words names something of that
 * place ("Texas Rangers", "Manchester United", "Chittagong Cement": an organisation), unless a person's name follows
 * ("Kabul Hamid Karzai" is split); a given name that is also a town ("Chad Ogea", "Van Poppel") is no place at all.
 */
export function leadingName(d: Doc, seg: readonly Unit[], ctx: Ctx): LeadingName | null {
  const toks = d.tokens;
  const start = toks[seg[0].i].start;
  if (seg.length === 2 && SEASONS.has(toks[seg[1].i].norm) && ctx.gaz.has(tokText(d, seg[0].i))) {
    return { whole: true, type: 'event', cue: 'a people or place and a season' };
  }
  if (sloganShape(d, seg, ctx)) {
    return { whole: true, type: 'event', cue: 'a place and a word of priority: a slogan or policy' };
  }
  // "the U.S. Capitol", "the Georgia Capitol": a place's building, one place
  if (seg.length > 1 && isSite(d.text.slice(toks[seg[1].i].start, toks[seg[seg.length - 1].i].end)))
    return { whole: true, type: 'place', cue: "a place's building" };
  for (let L = Math.min(3, seg.length - 1); L >= 1; L--) {
    const pre = d.text.slice(start, toks[seg[L - 1].i].end);
    const pg = ctx.gaz.get(pre);
    if (!pg || (pg.type === 'group' && L > 1)) continue;
    if (isLandmark(pre)) return null;
    if (L === 1 && isPeopleWord(pre) && peoplesBody(d, seg, ctx)) return null;
    // "Nazi Germany", "Maoist China": an ideology's adjective and a country name the state of an era, a place
    if (L === 1 && seg.length === 2 && isIdeologyWord(pre) && ctx.gaz.get(tokText(d, seg[1].i))?.type === 'place')
      return { whole: true, type: 'place', cue: "an ideology's state" };
    // "Easter Sunday", "Christmas Tree", "Passover Seder": a holiday's name before others is the holiday's thing
    if (pg.type === 'event') return { whole: true, type: 'event', cue: 'a holiday and its day or thing' };
    const first = toks[seg[0].i].norm;
    const next = toks[seg[L].i].norm;
    const last = toks[seg[seg.length - 1].i].norm;
    // "Christian Arrue": a faith's or people's word that is also a given name, then one name word the corpus never
    // writes in lower case and no gazetteer knows and that reads as a family name (familyNameAfter), is a person
    if (pg.type === 'demonym' && L === 1 && seg.length === 2 && PEOPLE_GIVEN_NAMES.has(first))
      if (!ctx.lowerUses.has(last) && !ctx.gazLower.has(last) && !headTypeOf(last) && familyNameAfter(d, seg))
        return null;
    if (pg.type !== 'place') return { whole: false, len: L, entry: pg };
    const town = (pg.strength ?? 3) < 3;
    if (L === 1 && (PARTICLES.has(first) || givenNames().has(first) || FIRST_NAMES.has(first))) {
      if (town || surnameSet().has(last)) return null;
      // "Chad Ogea", "Jordan Vell": a given name that is a country, then one name word the corpus never writes in
      // lower case and no gazetteer knows, is a person too
      if (seg.length === 2 && !ctx.lowerUses.has(last) && !ctx.gazLower.has(last) && !headTypeOf(last)) return null;
    }
    // "Jordan Peterson": a place then a known surname is a person wherever the place (the given names list leaves out
    // the places people are named after)
    if (L === 1 && surnameSet().has(last) && seg.length === 2) return null;
    // "Chicago PMI", "U.S. Gulf", "Hong Kong Financial [Secretary]": a place before an acronym, another place or a
    // title's modifier is a place of its own
    const rest = d.text.slice(toks[seg[L].i].start, toks[seg[seg.length - 1].i].end);
    const restPlace = seg.length - L === 1 && (isAcronymShape(rest) || ctx.gaz.get(rest)?.type === 'place');
    if (FIRST_NAMES.has(next) || givenNames().has(next) || restPlace || ctx.beforeTitle) {
      return { whole: false, len: L, entry: pg };
    }
    return { whole: true, type: 'org', cue: 'place-named organisation' };
  }
  return null;
}

/** A plural's ending: not "crisis", "status", "class". */
const PLURAL_NOUN = /[^siu]s$/;

/**
 * A common noun after a people's adjective: the second of two words, one the corpus also writes in lower case, with no
 * head word and no name's spelling. In the singular the phrase names one thing ("the American Dream", "Islamic Jihad",
 * "the Western Wall": 'whole'); in the plural it is the people in a headline's capitals ("Spanish Doctors", "American
 * Citizens": 'plural', no name of its own). '' for any other word.
 */
export function nounAfterPeople(d: Doc, seg: readonly Unit[], ctx: Ctx): 'whole' | 'plural' | '' {
  if (seg.length !== 2) return '';
  const n = d.tokens[seg[1].i].norm;
  const w = tokText(d, seg[1].i);
  if (!ctx.lowerUses.has(n) || ctx.gaz.has(w) || isAcronymShape(w) || headTypeOf(n)) return '';
  // "American Democrats", "Jewish Republican": a party's member is a group of its own
  const one = n.slice(0, -1);
  if (isPersonWord(n) || FIRST_NAMES.has(n) || ctx.gazLower.has(one) || PARTY_MEMBERS.has(n) || PARTY_MEMBERS.has(one))
    return '';
  return n.length > 3 && PLURAL_NOUN.test(n) ? 'plural' : 'whole';
}

/**
 * A faith or people word before words that name their body, not a person ("Lutheran Social Services", "Catholic
 * Bishops", "Mormon Tabernacle Choir"): no given name follows, and a following word is plural or a word the corpus
 * writes in lower case. The name is then kept whole ("Serb Ivo Marek" is still split).
 */
function peoplesBody(d: Doc, seg: readonly Unit[], ctx: Ctx): boolean {
  if (isPersonStart(d.tokens[seg[1].i].norm)) return false;
  for (let k = 1; k < seg.length; k++) if (ctx.lowerUses.has(d.tokens[seg[k].i].norm)) return true;
  return d.tokens[seg[seg.length - 1].i].norm.endsWith('s');
}

/** "Central Americans" -> "Central American": the singular, so that both forms are one demonym. */
export function regionDemonym(d: Doc, seg: readonly Unit[], ctx: Ctx): string {
  const w = tokText(d, seg[1].i);
  const one = w.endsWith('s') && ctx.gaz.get(w.slice(0, -1))?.type === 'demonym' ? w.slice(0, -1) : w;
  return tokText(d, seg[0].i) + ' ' + one;
}
