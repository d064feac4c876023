// Titles and forms of address inside a run of name words: the longest listed title at a word ("foreign minister",
// "President-elect"), a compound title's modifiers ("Acting Director"), British undotted honorifics ("Mr Vale"), and
// the title words that are also family names ("John Major"). Word tests only; title-split.ts cuts runs at them.
import type { Doc } from '../types.js';
import { TITLES, ORG_HEADS, GROUP_HEADS, PLACE_HEADS, EVENT_HEADS } from './gazetteer.js';
import { type Unit, type Ctx, tokText } from './scan-context.js';
import { isPersonStart } from './person-words.js';
import { WORD_GIVEN_NAMES } from './word-given-names.js';
import { headTypeOf } from './head-words.js';

/** First words of the titles, so most words skip the title lookup. */ export const TITLE_FIRST: ReadonlySet<string> =
  new Set([...TITLES].map((t) => t.split(' ')[0]));

/** Title words that are also English family names ("Angus King", "Erik Prince", "John Major"). */
export const TITLE_SURNAMES: ReadonlySet<string> = new Set([
  // "Salman Shaikh", "Javed Sheikh": the Arabic title is a common family name in South Asia
  'sheikh',
  'shaikh',
  'king',
  'prince',
  'bishop',
  'judge',
  'major',
  'lord',
  'pope',
]);

/**
 * The title word is inside a name, given what follows it (`restLen` words, the last `restHead`) and whether words come
 * before it: a body's head after it ("General Command"), or an event's head alone after a name ("Martin Luther King
 * Day").
 */
export function titleInName(restLen: number, restHead: string, inside: boolean): boolean {
  if (restLen && (ORG_HEADS.has(restHead) || GROUP_HEADS.has(restHead) || PLACE_HEADS.has(restHead))) return true;
  return restLen === 1 && inside && EVENT_HEADS.has(restHead);
}

/**
 * "King County", "Prince Street", "Queen Street" read whole: a title of a monarch, a noble or a church (the titles
 * places are named after) right before a place's head word is the first word of the place's name, not a title of the
 * words after it ("King County Executive Dow Constantine" is the county and a person).
 */
export function titleBeforePlaceWord(words: readonly string[], p: number): boolean {
  return PLACE_NAMING_TITLES.has(words[p]) && PLACE_NAME_HEADS.has(words[p + 1] ?? '');
}

/** Titles that name places after their holders. */
const PLACE_NAMING_TITLES: ReadonlySet<string> = new Set(
  'king queen prince princess duke duchess earl lord bishop saint pope'.split(' '),
);

/** Head words of the places named after a title's holder (place heads of segment typing, so the name is typed). */
const PLACE_NAME_HEADS: ReadonlySet<string> = new Set(
  'county street road avenue boulevard square park island bay bridge river lake'.split(' '),
);

/** The length in words of the longest title starting at word p ("foreign minister", "press secretary"), or 0. */
function listedTitle(words: readonly string[], p: number, n: number): number {
  const w = words[p];
  if (w === undefined || p >= n) return 0;
  for (let L = TITLE_FIRST.has(w.replace(TITLE_SUFFIX, '')) ? 3 : 0; L >= 1; L--) {
    if (p + L > n) continue;
    const t = words.slice(p, p + L).join(' ');
    // "Prime Minister-designate", "President-elect": a title still to be taken up is the title
    if (TITLES.has(t) || (TITLE_SUFFIX.test(t) && TITLES.has(t.replace(TITLE_SUFFIX, '')))) return L;
  }
  return rankCompound(w) ? 1 : 0;
}

/** "Lieutenant-Colonel", "Major-General", "Lt-Col": two ranks joined by a hyphen, as British copy writes them, are one
 * title. */
function rankCompound(w: string): boolean {
  const dash = w.indexOf('-');
  if (dash < 1 || w.indexOf('-', dash + 1) >= 0) return false;
  const rank = (x: string) => TITLES.has(x) || UNDOTTED_TITLES.has(x) || x === 'brigadier';
  return rank(w.slice(0, dash)) && rank(w.slice(dash + 1));
}

/** The suffix of a title not yet taken up ("Minister-designate", "President-elect"). */
export const TITLE_SUFFIX = /-(?:designate|elect)$/;

/**
 * Words that make a compound title of the title after them: "Acting Director", "Assistant Attorney General", "Chief
 * Financial Officer", "Deputy District Attorney", "Managing Editor". General English office words; before no title
 * they are left alone.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  'acting assistant associate executive managing operating financial principal senior special interim district vice'.split(
    ' ',
  ),
);

/** The length in words of the title starting at word p, with the modifiers of a compound title inside it, or 0. */
export function titleLength(words: readonly string[], p: number, n: number): number {
  const L = listedTitle(words, p, n);
  if (!L && !TITLE_MODIFIERS.has(words[p])) return 0;
  let k = p + L;
  while (k < n && TITLE_MODIFIERS.has(words[k])) k++;
  if (k === p + L) return L;
  const T = listedTitle(words, k, n);
  return T ? k + T - p : L;
}

/** Short forms of address before a name. */
export const ADDRESS_FORMS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame']);

/** Short forms of address that British house style writes without a dot ("Mr Vale", "Dr Lund"); as a title they
 * are a weaker cue than the dotted forms ("Ms Fox" must not outvote a network). */
export const UNDOTTED_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr']);

/** Last words of a street name: "Dr" in "4 Dr Lund Road" is part of an address, no title. */
const STREET_WORDS = new Set(['road', 'street', 'avenue', 'drive', 'lane', 'way', 'boulevard', 'place', 'close']);

/**
 * "Mr Vale", "Ms Quenby", "Dr Lund": an undotted honorific, capitalised and not all capitals ("MS" is a disease or
 * a state, "DR" a country code), before a name in the same run is a title like "Mr." (kept in `Mention.title`), not
 * a first word of the name; one before a street word ending the run is part of an address.
 */
export function undottedHonorific(d: Doc, units: readonly Unit[], words: readonly string[], p: number): boolean {
  if (!UNDOTTED_HONORIFICS.has(words[p]) || p + 1 >= units.length || !units[p + 1].word) return false;
  const t = d.tokens[units[p].i];
  if (!/^[A-Z][a-z]+$/.test(d.text.slice(t.start, t.end))) return false;
  return !STREET_WORDS.has(words[words.length - 1]) && d.tokens[units[p].i - 1]?.kind !== 'number';
}

/** Offices written as their initials in capitals: "AG" (attorney general). Also the German company form ("Siemens
 * AG"), which ends a company's name instead. */
export const OFFICE_INITIALS: ReadonlySet<string> = new Set(['ag']);

/**
 * "Texas AG Ken Paxton", "led by Texas AG Paxton", "AG Eric Vale": an office's initials in capitals, first in the run
 * or after a place the gazetteer knows, before a name word that ends no body's name, are a title (1), not a company's
 * legal form; else 0 ("Siemens AG said", "Rheinmetall AG Holdings").
 */
export function officeInitials(d: Doc, units: readonly Unit[], words: readonly string[], p: number, ctx: Ctx): number {
  if (!OFFICE_INITIALS.has(words[p]) || p + 1 >= units.length || !units[p + 1].word) return 0;
  if (tokText(d, units[p].i) !== words[p].toUpperCase() || headTypeOf(words[words.length - 1])) return 0;
  if (p === 0) return 1;
  const before = ctx.gazLower.get(words.slice(0, p).join(' '));
  return before?.type === 'place' ? 1 : 0;
}

/** Abbreviated titles of office and rank some copy writes without their dot ("Sen John Vale", "Lt Gen Ann Lund"). */
export const UNDOTTED_TITLES: ReadonlySet<string> = new Set(
  'sen sens rep reps gov gen brig lt col sgt capt maj adm cpl supt'.split(' '),
);

/** An abbreviated title written without its dot: a capitalised word of UNDOTTED_TITLES ("Sen", not "SEN") with no
 * dot after it. */
function undottedTitleWord(d: Doc, u: Unit | undefined, w: string): boolean {
  if (!u?.word || !UNDOTTED_TITLES.has(w)) return false;
  const t = d.tokens[u.i];
  return /^[A-Z][a-z]+$/.test(d.text.slice(t.start, t.end)) && d.tokens[u.i + 1]?.norm !== '.';
}

/**
 * "Sen John Vale", "Rep Will Lund", "Lt Gen Ann Lund", "Gen Qaran Vashti": abbreviated titles written without their
 * dot, before a given name in the same run or a name word the corpus never writes in lower case, are a title as their
 * dotted forms are, not the first words of the name. Their number of words, or 0 (never before a letter or a word:
 * "Gen Z", "Gen X", "Rep Power").
 */
export function undottedTitle(d: Doc, units: readonly Unit[], words: readonly string[], p: number, ctx: Ctx): number {
  let k = p;
  while (k < units.length && undottedTitleWord(d, units[k], words[k])) k++;
  if (k === p || k >= units.length || !units[k].word) return 0;
  const w = words[k];
  if (isPersonStart(w) || WORD_GIVEN_NAMES.has(w)) return k - p;
  const name = w.length > 1 && /^[A-Z][a-z]/.test(d.text.slice(d.tokens[units[k].i].start, d.tokens[units[k].i].end));
  return name && !ctx.lowerUses.has(w) && !ctx.gazLower.has(w) && !TITLES.has(w) ? k - p : 0;
}

/** Titles that head the names of bodies too ("Justice Department", "the Justice Ministry"): a title only before a
 * given name. */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['justice']);

/**
 * "Justice Ann Vale", "Chief Justice Antonin Lund": such a title, after its modifiers, right before a given name of the
 * lists, or before two name words the first of which the corpus never writes in lower case and the gazetteer does not
 * know, is a title, not the name's first word; so is one before a lone family name that ends the run ("Justice Lund
 * wrote"), a name word as above that is no body's head word ("Justice Department", "Justice Dept"). Its number of
 * words with the modifiers, or 0.
 */
export function titleBeforeGivenName(
  d: Doc,
  units: readonly Unit[],
  words: readonly string[],
  p: number,
  ctx: Ctx,
): number {
  let k = p;
  while (k < units.length && units[k].word && TITLE_MODIFIERS.has(words[k])) k++;
  if (k + 1 >= units.length || !GIVEN_NAME_TITLES.has(words[k]) || !units[k].word || !units[k + 1].word) return 0;
  const w = words[k + 1];
  if (isPersonStart(w)) return k + 1 - p;
  if (!CAPITALISED_NAME.test(tokText(d, units[k + 1].i))) return 0;
  const named = k + 2 < units.length ? units[k + 2].word : !headTypeOf(w);
  return named && !ctx.lowerUses.has(w) && !ctx.gazLower.has(w) && !TITLES.has(w) ? k + 1 - p : 0;
}

const CAPITALISED_NAME = /^[A-Z][a-z]/;
