// Whether a speaker the entity table left untyped ("unknown") is a person. The entity stage types a name it has no
// evidence for as unknown: "Naureen Shah", "Justice Ruth Bader Ginsburg" and "Cueto" as well as "Human Rights Watch",
// "United Farm Workers" and "Pew Research". A speaker phrase names a person when the text says so: a title right
// before the name ("Rep.", "Sheriff", "blogger"), a given name opening it, a gendered title the article gives its
// surname ("Mr. Hadi"), or a description of people set off after one of its mentions ("Cueto, president of the …",
// "Ana Doe, who …"). A name with a body's head word ("… Watch" is not one, "… Initiative" neither: such names stay
// undecided unless the text describes them), a lower-case word other than a name particle, or an article before it
// names no person. Pure; the word lists are the entity stage's and general English.
import { FIRST_NAMES, GROUP_HEADS, ORG_HEADS, PARTICLES, ROLE_CUES, TITLES } from '../entities/gazetteer.js';
import { givenNames } from '../entities/world.js';
import { WORD_GIVEN_NAMES } from '../entities/word-given-names.js';
import { partyTagAfter } from '../entities/tags.js';
import { nonPersonKind } from './institutions.js';
import { isPeopleNoun } from './speaker-heads.js';
import { agentNoun } from './agent-nouns.js';
import { STARTS_LOWER, STARTS_UPPER, UPPER_WORD } from '../util/letters.js';

/** Titles and honorifics written before a name that the entity stage's role and title lists do not hold. */
const OWN_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss dr rep sen gov gen lt col sgt capt cmdr adm prof rev sir dame lady madam rabbi imam pope judge ' +
    'justice sheriff professor chairwoman chair whip admiral senator representative congressman congresswoman sister ' +
    'father brother bishop cardinal detective officer agent commissioner st saint blogger'
  ).split(' '),
);

/** What the words after a name's mention say it is: the head of a description set off by a comma, or a relative. */
export type Described = 'person' | 'body' | null;

/** Whether a word (any case, a trailing dot allowed) is a title or a noun for a person ("Rep.", "Major-General", "leader"). */
export function isPersonTitle(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (!w) return false;
  // "Major-General", "Vice-Admiral", "Co-Chair": a rank whose first or last part is a title
  if (w.includes('-')) {
    const parts = w.split('-');
    return (
      parts.every((x) => x && isPersonTitle(x)) || isPersonTitle(parts[0]) || isPersonTitle(parts[parts.length - 1])
    );
  }
  return OWN_TITLES.has(w) || ROLE_CUES.has(w) || TITLES.has(w) || isPeopleNoun(w);
}

/** Whether a lower-case word heads a body's name or description ("group", "organization", "party", "watchdog"). */
function bodyHead(word: string): boolean {
  return ORG_HEADS.has(word) || GROUP_HEADS.has(word) || nonPersonKind(word) === 'institution';
}

/** A generational suffix closing a person's name ("Ivo Doe III"): capitals, but no acronym. */
const GENERATION = /^(?:II|III|IV|VI|VII|VIII)$/;

/**
 * Prepositions of other languages that a body's name writes capitalised between its words ("Pueblo Sin Fronteras",
 * "Médecins Sans Frontières", "Abogados Por …"): "without", "for", "against", "with", "on". No person's name holds
 * one between two of its words (the particles of names, "de", "da", "van", "y", are lower-case or no preposition of
 * this kind).
 */
const NAME_PREPOSITION: ReadonlySet<string> = new Set(
  'Sin Sans Sem Senza Ohne Por Para Pour Contra Contre Avec Sobre Sur Für Zonder'.split(' '),
);

/**
 * Whether a name reads as a body's, never a person's: it opens on "The", holds a lower-case word that is no name
 * particle ("Voice of America", "Son of God"), a capitalised preposition of another language between its words
 * ("Pueblo Sin Fronteras") or "&", ends on a body's head word ("… Policy Center"), or holds an
 * acronym ("RAICES Texas"; a generational suffix closing the name is none: "James Doe III").
 */
export function bodyNamed(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.length || /^the$/i.test(words[0])) return true;
  for (const [i, w] of words.entries()) {
    if (w === '&' || (STARTS_LOWER.test(w) && !PARTICLES.has(w.replace(/-$/, '')))) return true;
    if (i > 0 && i < words.length - 1 && NAME_PREPOSITION.has(w)) return true;
    if (w.length > 2 && UPPER_WORD.test(w) && !(i === words.length - 1 && i > 1 && GENERATION.test(w))) return true;
  }
  return bodyHead(words[words.length - 1].toLowerCase());
}

/** The person's part of a name that holds a title ("Foreign Affairs Committee Chairwoman Ileana Doe" → "Ileana Doe"). */
export function personPart(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  let last = -1;
  for (let i = 0; i < words.length - 1; i++) if (isPersonTitle(words[i])) last = i;
  const rest = words.slice(last + 1);
  return last >= 0 && rest.every((w) => STARTS_UPPER.test(w)) ? rest.join(' ') : name;
}

/** Whether a name of two words or more opens on a given name the entity stage knows ("Barbara", "Hossein", "Anne-Marie"). */
function givenFirst(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const first = words[0].toLowerCase().split('-')[0];
  return FIRST_NAMES.has(first) || givenNames().has(first);
}

/**
 * Whether a name of two or three words opens on a given name that is also an English word ("Bill Gates", "Max Galka"),
 * the rest capitalised words.
 */
function wordGivenFirst(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.slice(1).every((w) => STARTS_UPPER.test(w))) return false;
  return WORD_GIVEN_NAMES.has(words[0].toLowerCase());
}

/** A comma, then a relative ("who", "which"), else the words of a description (up to twelve, none of them a clause
 * mark; a party tag is read first: `partyTagAfter`). */
const SET_OFF = /^[ \t]*,[ \t]*(?:(who)\b|(which)\b|([\p{L}\p{N}’'.-]+(?:[ \t]+[\p{L}\p{N}’'.-]+){0,11}))/u;

/** Words that end a description's head: prepositions, relatives, "and" (another head follows: "a lawyer and activist"). */
const HEAD_ENDS: ReadonlySet<string> = new Set(
  (
    'of for at with in on to from and who whose which since until under behind during by near over against among ' +
    'based as'
  ).split(' '),
);

/** Pronouns, auxiliaries and verbs of saying: words of a clause, which no description's words before its head are. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  (
    'i you he she it we they there this that these those is are was were be been has have had will would can could ' +
    'should may might must do does did said says told'
  ).split(' '),
);

/** Words of a description that hold a letter or digit (a spaced-off period or quote mark ends it). */
const WORDY = /[\p{L}\p{N}]/u;

/** An age in a description: "a 24-year-old actor", "a 24 year-old …", "a 70 year old …". */
const AGE_IN_DESCRIPTION = /\b\d{1,3}[ -]years?[ -]old\b/;

/** An age set off after a name: "Ana Doe , 75 ,": only people are given one. */
const AGE_SET_OFF = /^[ \t]*,[ \t]*\d{1,3}[ \t]*,/;

/**
 * The heads of a description's words, each with the word after it: the word before the first preposition or relative
 * ("counsel | on …"), and before "and" the head of the next part too ("an advertising professional | and the artist |
 * behind …"); the last word when the description ends there (`closed`).
 */
function descriptionHeads(words: readonly string[], closed: boolean): { head: string; next: string }[] {
  const out: { head: string; next: string }[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i].toLowerCase();
    // "…, there are more than a million students in …": a clause, no description
    if (CLAUSE_WORDS.has(words[i - 1].toLowerCase())) return out;
    if (!HEAD_ENDS.has(w)) continue;
    out.push({ head: words[i - 1], next: w });
    if (w !== 'and') return out;
  }
  if (closed && words.length) out.push({ head: words[words.length - 1], next: '' });
  return out;
}

/**
 * What the text after a name's mentions (`ends`: where they end, the first few) says it is: "Ana Doe, who …", "Ana
 * Doe, R-Valdor", "Doe, a senior campaigns director at …", "Doe, a statistician from …", "Doe, a 24-year-old …" (a
 * person); "Harbour Watch, which …", "the Harbour Initiative, a nonprofit organization" (a body); the first mention
 * that says either decides.
 */
export function describedAfter(text: string, ends: readonly number[]): Described {
  for (const end of ends) {
    const after = text.slice(end, end + 160);
    if (partyTagAfter(after, 0) || AGE_SET_OFF.test(after)) return 'person'; // "Ana Doe, R-Valdor", "Ana Doe , 75 ,"
    const m = SET_OFF.exec(after);
    if (!m) continue;
    if (m[1]) return 'person';
    if (m[2]) return 'body';
    const all = m[3].split(/[ \t]+/);
    const cut = all.findIndex((w) => !WORDY.test(w));
    const words = cut < 0 ? all : all.slice(0, cut);
    const closed = cut >= 0 || all.length < 12;
    const said = headsSay(descriptionHeads(words, closed));
    if (said) return said;
    if (AGE_IN_DESCRIPTION.test(words.join(' '))) return 'person';
  }
  return null;
}

/** A comma closing a description right before a name: "his wife , ". */
const COMMA_BEFORE = /,[ \t]*$/;
/** A comma right after a name: the apposition closes. */
const COMMA_AFTER = /^[ \t]*,/;
/** Marks that open the words of a description before a name: a clause or sentence boundary, a quote mark. */
const DESCRIPTION_START = /[.;:!?,()"“”`]|''/g;
/** Words that open a description before a name: determiners and possessives ("his wife", "The captain of …"). */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set('the a an his her their its our my'.split(' '));
/** A possessive word of a description: "Chicago 's mayor", "Doe ’ s wife". */
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
/** Conjunctions a description may follow at its clause's start: "But his wife , …". */
const LEAD_CONJUNCTIONS: ReadonlySet<string> = new Set('and but yet so'.split(' '));

/**
 * What a description set off before a name says it is ("his wife , Jan Doe , told …", "The captain of the national
 * team , Ivo Brenn , wrote …"): the words between the last clause mark and the comma before `start`, opening on a
 * determiner or holding a possessive, with the name closed by a comma at `end`; their head decides as after a name
 * (`headsSay`: "wife", "captain" a person; "the group 's founder" is the founder). Null when the text does not so
 * describe the name.
 */
export function describedBefore(text: string, start: number, end: number): Described {
  if (!COMMA_AFTER.test(text.slice(end, end + 4))) return null;
  const before = text.slice(Math.max(0, start - 120), start);
  const comma = COMMA_BEFORE.exec(before);
  if (!comma) return null;
  const body = before.slice(0, comma.index);
  let from = 0;
  for (const m of body.matchAll(DESCRIPTION_START)) from = m.index + m[0].length;
  let words = body.slice(from).trim().split(/\s+/).filter(Boolean);
  if (words.length && LEAD_CONJUNCTIONS.has(words[0].toLowerCase())) words = words.slice(1);
  if (words.length < 2 || words.length > 14) return null;
  const opened = DESCRIPTION_OPENERS.has(words[0].toLowerCase());
  const owner = words.findIndex((w) => POSSESSIVE.test(w));
  if (!opened && owner < 1) return null;
  // "Chicago 's mayor": the head is read after the owner
  const rest = owner > 0 && !opened ? words.slice(owner) : words;
  return headsSay(descriptionHeads(rest, true));
}

/** What a description's heads say: the first that is a person's title or agent noun, or a body's head, decides. */
function headsSay(heads: readonly { head: string; next: string }[]): Described {
  for (const { head, next } of heads) {
    const h = head.toLowerCase().replace(/['’]s$/, '');
    if (isPersonTitle(h) || agentNoun(h, next)) return 'person';
    if (bodyHead(h) || bodyHead(h.replace(/s$/, ''))) return 'body';
  }
  return null;
}

/**
 * Whether an unknown-typed name is a person's, `before`: the speaker phrase's text before the name; `described`: what
 * the text after its mentions says; `gendered`: whether the article gives its surname a gendered title; `speaks`:
 * whether the name is read as a speaker ("Bill Gates claims", "— Max Galka ( @ … )"), where a given name that is also
 * an English word opens a person's name ("Bill", "Max": `WORD_GIVEN_NAMES`, which the given-name lists leave out).
 */
export function unknownPerson(
  name: string,
  before: string,
  described: Described,
  gendered: boolean,
  speaks = false,
): boolean {
  if (bodyNamed(name) || described === 'body') return false;
  const words = before.trim().split(/\s+/);
  const prev = words[words.length - 1] ?? '';
  if (/^(?:the|a|an)$/i.test(prev) || bodyHead(prev.toLowerCase())) return false;
  return (
    isPersonTitle(prev) ||
    titledRest(words) ||
    personPart(name) !== name ||
    givenFirst(name) ||
    (speaks && wordGivenFirst(name)) ||
    gendered ||
    described === 'person'
  );
}

/**
 * Whether the words before a name are a title, then the rest of the name the entity left out: name particles and at
 * most one capitalised word ("Rep. Jan" before "Doe", "Mr. de" before "Mistura").
 */
function titledRest(words: readonly string[]): boolean {
  let i = words.length - 1;
  while (i > 0 && PARTICLES.has(words[i].toLowerCase())) i--;
  if (i > 0 && STARTS_UPPER.test(words[i]) && !isPersonTitle(words[i])) i--;
  return i >= 0 && i < words.length - 1 && isPersonTitle(words[i]);
}
