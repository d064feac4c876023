// Tags that sit beside a name in American copy and name nothing themselves: a legislator's party and state
// ("Sen. Ann Vale, R-Texas,", "(D-N.Y.)"), a state's abbreviation after a town ("Palo Alto, Calif., said"), and a
// title whose period the copy wrote apart from it ("Mr . Vale", "Sens . Vale and Dorn"), the number sign ("No. 2").
// Each was a name of its own in the entity table ("R-Texas", "Calif", "Sens", "Mr", "No"); these words are read as the
// tags they are.
import type { Doc } from '../types.js';
import { TITLES } from './gazetteer.js';
import { STARTS_LOWER } from '../util/letters.js';

/** The Associated Press abbreviations of the US states (style-guide knowledge, not corpus words), lowercase, without
 * their periods; the two-letter dotted ones ("N.Y.", "S.C.") are left out: their first letter is no word token. */
const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa ' +
    'tenn vt va wash wis wyo wisc'
  ).split(' '),
);

/** A capital, then a lower-case letter: "Irvine", not "R" or "NY" (a module constant: tsx rebuilds a \p{...} literal per call). */
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * The word token at i is a party tag or a word of one (`partyOrDistrictTagEnd` reads it): "R-Texas", "D-Calif",
 * "R-NH", "D-N" of "D-N.Y.", both tokens of "R-South Carolina", a district's "( D-Dallas )". The party of the person
 * named before it; no name of its own.
 */
export function isPartyTag(d: Doc, i: number): boolean {
  for (let k = i; k >= i - 1 && k >= 0; k--) {
    const t = d.tokens[k];
    if (t.kind !== 'word' || !TAG_TOKEN.test(t.norm)) continue;
    const end = partyOrDistrictTagEnd(d.text, t.start);
    return end >= 0 && end >= d.tokens[i].end;
  }
  return false;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The AP abbreviations of two-letter states, dotted ("Albany, N.Y.", "(D., N.J.)"): one token each. */
const DOTTED_STATES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'n.y.': 'New York',
    'n.j.': 'New Jersey',
    'n.h.': 'New Hampshire',
    'n.c.': 'North Carolina',
    's.c.': 'South Carolina',
    'n.m.': 'New Mexico',
    'n.d.': 'North Dakota',
    's.d.': 'South Dakota',
    'r.i.': 'Rhode Island',
  }),
);

/** The US Postal Service codes of the states (style-guide knowledge), lowercase, with the states' names as the
 * gazetteer has them. "DC" is left to the gazetteer (Washington). */
const POSTAL_CODES: ReadonlyMap<string, string> = new Map(
  (
    'al Alabama|ak Alaska|az Arizona|ar Arkansas|ca California|co Colorado|ct Connecticut|de Delaware|fl Florida|' +
    'ga Georgia|hi Hawaii|id Idaho|il Illinois|in Indiana|ia Iowa|ks Kansas|ky Kentucky|la Louisiana|me Maine|' +
    'md Maryland|ma Massachusetts|mi Michigan|mn Minnesota|ms Mississippi|mo Missouri|mt Montana|ne Nebraska|' +
    'nv Nevada|nh New Hampshire|nj New Jersey|nm New Mexico|ny New York|nc North Carolina|nd North Dakota|oh Ohio|' +
    'ok Oklahoma|or Oregon|pa Pennsylvania|ri Rhode Island|sc South Carolina|sd South Dakota|tn Tennessee|tx Texas|' +
    'ut Utah|vt Vermont|va Virginia|wa Washington State|wv West Virginia|wi Wisconsin|wy Wyoming'
  )
    .split('|')
    .map((e) => [e.slice(0, 2), e.slice(3)] as [string, string]),
);

/** "Ayotte ( NH ),", "Santa Monica , TX .": a state's postal code in capitals, in brackets after a name, or after a
 * comma and before a mark, a lower-case word or the sentence's end. "the CA of a company" or "CA ( 2 )" are not read. */
function isPostalState(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  if (t.end - t.start !== 2 || !POSTAL_CODES.has(t.norm)) return false;
  if (!isUpper(d.text.charCodeAt(t.start)) || !isUpper(d.text.charCodeAt(t.start + 1))) return false;
  const prev = d.tokens[i - 1]?.norm;
  const next = d.tokens[i + 1];
  if (prev === '(') return next?.norm === ')' && isUpper(d.text.charCodeAt(d.tokens[i - 2]?.start ?? 0));
  if (prev !== ',' || next === undefined || next.sentence !== t.sentence || next.kind === 'punct') return prev === ',';
  return STARTS_LOWER.test(d.text.slice(next.start, next.end)); // "Bridgeport, CT days later"
}

/** The word token at i is a state's abbreviation after a comma or bracket, then its period: "Irvine, Calif., said",
 * "(R., Calif.)", "Albany, N.Y."; or a dateline's, before the date ("IRVINE, Calif 1996-08-30"). "attended Mass."
 * or "Ms. Ind" are words where they stand. */
export function isStateAbbreviation(d: Doc, i: number): boolean {
  // every form stands after a comma or an opening bracket: the cheap test first, for every word of every article
  const prev = d.tokens[i - 1]?.norm;
  if (prev !== ',' && prev !== '(') return false;
  if (isPostalState(d, i)) return true;
  const t = d.tokens[i];
  const next = d.tokens[i + 1];
  const marked = next?.norm === '.' || (next?.kind === 'number' && next.sentence === t.sentence);
  return (STATE_ABBREVIATIONS.has(t.norm) && marked) || DOTTED_STATES.has(t.norm);
}

/** The states the abbreviations stand for, as the gazetteer names them. */
const STATE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ala: 'Alabama',
    ariz: 'Arizona',
    ark: 'Arkansas',
    calif: 'California',
    colo: 'Colorado',
    conn: 'Connecticut',
    del: 'Delaware',
    fla: 'Florida',
    ga: 'Georgia',
    ill: 'Illinois',
    ind: 'Indiana',
    kan: 'Kansas',
    ky: 'Kentucky',
    la: 'Louisiana',
    md: 'Maryland',
    mass: 'Massachusetts',
    mich: 'Michigan',
    minn: 'Minnesota',
    miss: 'Mississippi',
    mo: 'Missouri',
    mont: 'Montana',
    neb: 'Nebraska',
    nev: 'Nevada',
    okla: 'Oklahoma',
    ore: 'Oregon',
    pa: 'Pennsylvania',
    tenn: 'Tennessee',
    vt: 'Vermont',
    va: 'Virginia',
    wash: 'Washington State',
    wis: 'Wisconsin',
    wisc: 'Wisconsin',
    wyo: 'Wyoming',
  }),
);

/**
 * "Irvine, Calif., said": a state's abbreviation after a town and its comma names the state (CoNLL and OntoNotes mark
 * it a place): the state's name, or null. A legislator's tag ("(R., Calif.)") and other tags stay tags.
 */
export function townState(d: Doc, i: number): string | null {
  if (!isStateAbbreviation(d, i) || d.tokens[i - 1].norm !== ',') return null;
  const town = d.tokens[i - 2];
  // a town's word ("Irvine", "Alto"), not a party's letter ("R., Calif.")
  if (town === undefined || town.kind !== 'word' || !CAPITAL_THEN_LOWER.test(d.text.slice(town.start, town.end)))
    return null;
  // "Kansas City, Mo.-based": the state is part of an adjective
  if (d.tokens[i + 2]?.norm === '-' && d.tokens[i + 2].start === d.tokens[i + 1].end) return null;
  const n = d.tokens[i].norm;
  return STATE_NAMES.get(n) ?? DOTTED_STATES.get(n) ?? (n.length === 2 ? POSTAL_CODES.get(n) : undefined) ?? null;
}

/** The word token at i is a title or honorific the tokens split from its period ("Mr . Vale", "Sens . Vale",
 * "Reps. Vale"): the dotted title ("mr.", "sen.") or its plural ("sens.", "reps."). */
export function isSpacedTitle(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  const next = d.tokens[i + 1];
  if (next?.norm !== '.') return false;
  const n = t.norm;
  // a plural adds its s to an abbreviation with no s at its end ("Sens ."): "Press ." is no plural of "Pres."
  return (
    TITLES.has(n + '.') || (n.length > 2 && n.endsWith('s') && !n.endsWith('ss') && TITLES.has(n.slice(0, -1) + '.'))
  );
}

/** "No. 2", "the No . 1 priority": the number sign, the tokens split from its period. */
export function isNumberSign(d: Doc, i: number): boolean {
  return d.tokens[i].norm === 'no' && d.tokens[i + 1]?.norm === '.' && d.tokens[i + 2]?.kind === 'number';
}

/** Any of the tags above: the word at i starts no name. */
export function isNameTag(d: Doc, i: number): boolean {
  return isPartyTag(d, i) || isStateAbbreviation(d, i) || isSpacedTitle(d, i) || isNumberSign(d, i);
}

/** A token that may open a party tag: a party letter, a hyphen, a letter ("r-south" of "R-South Carolina"). */
const TAG_TOKEN = /^[rdi]-[a-z]/;

const TWO_CAPITALS = /^[A-Z]{2}$/;
/** Every US state's name, by its letters in lower case ("newyork", "ohio"), for `usState`. */
let STATE_KEYS: Map<string, string> | undefined;

/**
 * The US state a word or words name, written in full ("Ohio", "New York"), by its AP abbreviation ("Del.", "N.Y.",
 * "W.Va.", "Calif") or, in capitals, its postal code ("DE"), as the gazetteer names it; else undefined.
 */
export function usState(word: string): string | undefined {
  if (!STATE_KEYS) {
    STATE_KEYS = new Map();
    for (const name of POSTAL_CODES.values()) STATE_KEYS.set(name.toLowerCase().replace(/[^a-z]/g, ''), name);
    STATE_KEYS.set('washington', 'Washington State');
    for (const [k, name] of [...STATE_NAMES, ...DOTTED_STATES]) STATE_KEYS.set(k.replace(/[^a-z]/g, ''), name);
    STATE_KEYS.set('wva', 'West Virginia');
  }
  const key = word.toLowerCase().replace(/[^a-z]/g, '');
  return TWO_CAPITALS.test(word) ? POSTAL_CODES.get(key) : STATE_KEYS.get(key);
}

/** A legislator's party and state as a tag writes them ("(D-N.Y.)", "R-Ohio", "(R., Texas)"), and where it lies. */
export interface PartyTag {
  /** the party's letter: D, R or I */
  party: 'D' | 'R' | 'I';
  /** the state, as the gazetteer names it ("New York") */
  state: string;
  /** the party letter's offset */
  start: number;
  /** the offset after the state and its abbreviation's periods ("D-N.Y." ends after "Y.") */
  end: number;
}

/**
 * The shape `partyTag` reads at the party letter (anchored): group 1 the party letter; group 2 the link ("-", "–",
 * spaced or not, or the party's abbreviation period, maybe a comma after it: "R., Texas"); group 3 up to three
 * capitalised words of the state, each with its period, written or masked as U+2024 ("N.Y.", "W.Va.", "Texas .", "New
 * York", "N\u2024Y\u2024"), one space between words. A lower-case word ends it: "R-rated" is no tag.
 */
const PARTY_TAG_AT =
  /^([RDI])(\s*[-–]\s*|\s*[.\u2024]\s*,?\s*)((?:[A-Z][A-Za-z]*(?: ?[.\u2024])?(?: (?=[A-Z]))?){1,3})/;
/** One state word of a tag with its period ("Y.", "Texas ."). */
const STATE_WORD = /[A-Z][A-Za-z]*(?: ?[.\u2024])?/g;
/** What a tag linked otherwise than by a bare hyphen must follow: an opening bracket or a comma ("(R., Texas)"). */
const OPENS_TAG = /[(,]\s*$/;
/** A letter, digit or hyphen: a party letter after one starts no word ("AID-Texas", "3D-Print", "Al-D-Day"). */
const WORD_CHAR = /[\p{L}\p{N}-]/u;

/**
 * The party tag whose party letter is at `at` ("D-N.Y.", "R-Ohio", "D-Del.", "R., Texas" in "(R., Texas)", "D-New
 * York"), or null: the letter must start a word, the state be a US state's name or abbreviation (`usState`: "D-Day"
 * is none), and a tag linked otherwise than by a bare hyphen ("R., Texas", "R - Ohio") must follow "(" or ",".
 * The longest run of state words naming a state is taken ("R-Ohio Democrats" → Ohio). Pure; reads at most 40 chars.
 */
export function partyTag(text: string, at: number): PartyTag | null {
  const c = text.charCodeAt(at);
  if (c !== 68 && c !== 73 && c !== 82) return null; // D, I, R
  if (at > 0 && WORD_CHAR.test(text[at - 1])) return null;
  const m = PARTY_TAG_AT.exec(text.slice(at, at + 40));
  if (!m) return null;
  if (m[2] !== '-' && m[2] !== '–' && !OPENS_TAG.test(text.slice(Math.max(0, at - 8), at))) return null;
  const ends: number[] = [];
  for (const w of m[3].matchAll(STATE_WORD)) ends.push(w.index + w[0].length);
  for (let n = ends.length; n > 0; n--) {
    const written = m[3].slice(0, ends[n - 1]);
    const state = usState(written);
    if (state)
      return {
        party: m[1] as PartyTag['party'],
        state,
        start: at,
        end: at + m[1].length + m[2].length + written.length,
      };
  }
  return null;
}

/** A tag set off after a name: spaces, "(" or ",", spaces, then `partyTag` ("Doe (D-N.Y.)", "Doe, R-Ohio,"). */
export function partyTagAfter(text: string, at: number): PartyTag | null {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '(' && text[i] !== ',') return null;
  i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return partyTag(text, i);
}

/** A state legislator's tag in brackets, a party letter and the district's town: "(D-Dallas)", "(R-Santa Clarita)". */
const DISTRICT_TAG = /^\(\s*([RDI]-(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\s*\)/;

/**
 * A party tag (`partyTag`) whose letter is at `at`, or a state legislator's in brackets with the town of the district
 * in place of the state ("(D-Dallas)", "(R-Santa Clarita)"): where it ends, or -1. "(D-Day)" reads as such a tag too:
 * for masking house style, not for a person's state.
 */
export function partyOrDistrictTagEnd(text: string, at: number): number {
  const tag = partyTag(text, at);
  if (tag) return tag.end;
  let b = at - 1;
  while (text[b] === ' ') b--;
  const m = text[b] === '(' ? DISTRICT_TAG.exec(text.slice(b, at + 40)) : null;
  return m ? at + m[1].length : -1;
}

/** What a party tag cannot be read without: a capital D, I or R, then a link ("-", "–", "."), maybe spaced. */
const PARTY_LETTER = /[RDI](?=\s*[-–.\u2024])/g;

/** Every party tag in a text, in order (`partyTag` at each party letter). */
export function partyTags(text: string): PartyTag[] {
  const out: PartyTag[] = [];
  PARTY_LETTER.lastIndex = 0;
  for (let m = PARTY_LETTER.exec(text); m; m = PARTY_LETTER.exec(text)) {
    const t = partyTag(text, m.index);
    if (!t) continue;
    out.push(t);
    PARTY_LETTER.lastIndex = t.end;
  }
  return out;
}

/**
 * "Lindsey Graham-R-S.C.": a party tag glued to the name by a hyphen inside token k, read to the token's end: the
 * hyphen's offset (where the name ends), or -1.
 */
export function gluedPartyTag(d: Doc, k: number): number {
  const t = d.tokens[k];
  for (let h = d.text.indexOf('-', t.start + 1); h > 0 && h < t.end - 2; h = d.text.indexOf('-', h + 1)) {
    const tag = partyTag(d.text.slice(h + 1, h + 41), 0);
    if (tag && h + 1 + tag.end >= t.end) return h;
  }
  return -1;
}
