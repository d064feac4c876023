// Types from evidence in and around a name, for names that no gazetteer, title or head word typed:
// the words around it ("in X", "X-based", "X said"), and the name's own words (a given name first, a known surname).
// A name with no evidence is 'unknown', never a guessed organisation.
import type { Doc, Token } from '../types.js';
import type { EntityType, WordSet } from './types.js';
import { givenNames, surnameSet } from './world.js';

// module constants: a \p{...} literal inside a function is rebuilt per call once compiled by tsx
const UPPER_FIRST = /^\p{Lu}/u;
const WORD_NUMBER = /^\p{Lu}\p{Ll}+\d+$/u;
const ADJECTIVE_END = /(?:ian|ean|ese|ish|ic)$/;
const NAME_WORDS = /^(?:\p{Lu}\p{Ll}[\p{L}'-]*\s?){2,3}$/u;

/** A type with how sure it is and what decided it. */
export interface TypeEvidence {
  type: EntityType;
  strength: number;
  cue: string;
}

/** Prepositions that, right before a name, make it a place; the number is the strength of the cue. */
const PLACE_PREPOSITIONS: ReadonlyMap<string, number> = new Map([
  ['in', 2],
  ['near', 2],
  ['outside', 2],
  ['across', 1],
  ['at', 1],
  ['from', 1],
]);
/** Honorifics that make the next name a person even where no title list is consulted ("Mr Smith", "Mrs. May"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'sir',
  'dame',
  'lord',
  'lady',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'rev.',
  'st.',
]);
/** Lowercase nouns of a kind of place: "the town of X", "the province of X", "X province", "X island". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'town city village province island islands region county district port capital suburb municipality'.split(' '),
);

/** Plurals of place nouns after the last of coordinated names ("Starr and Cameron counties", "the Tigris and Euphrates
 * rivers", "the Sinjar mountains"); not "cities", "districts", "states" or "towns", which follow a person's name as
 * often ("the Romney states", "the Trump districts"). */
const PLURAL_PLACE_NOUNS: ReadonlySet<string> = new Set(
  'counties provinces parishes rivers mountains valleys governorates municipalities'.split(' '),
);

/** Lowercase nouns of a site that, right after a name, make the name a place's: "the al-Ram checkpoint", "Charles de
 * Gaulle airport", "Jerusalem's al-Aqsa mosque", "the Barvikha sanatorium", "the Ain Tarsa oilfield" (not "camp" or
 * "base": "the Sanders camp" is a campaign, "the Trump base" his voters; not "memorial" or "museum", often named after
 * a person). */
const SITE_NOUNS: ReadonlySet<string> = new Set(
  (
    'airport checkpoint crossing mosque church cathedral temple synagogue shrine sanatorium prison jail valley river ' +
    'peninsula desert governorate enclave township neighborhood neighbourhood oilfield oilfields refinery dam reserve'
  ).split(' '),
);

/** "the town of X", "the southern province of X": a lowercase place noun, then "of", right before the name. */
function placeNounOf(d: Doc, first: number): boolean {
  const noun = d.tokens[first - 2];
  return (
    noun !== undefined &&
    noun.sentence === d.tokens[first].sentence &&
    PLACE_NOUNS.has(noun.norm) &&
    d.text.charCodeAt(noun.start) >= 97
  );
}

/** "X province officials", "X island's": the place noun is itself a modifier, of a word that follows it; "X city
 * council" names the council, so only a possessive or nothing but punctuation and lowercase verbs may follow. */
function modifierAfter(d: Doc, k: number): boolean {
  const next = d.tokens[k + 1];
  return (
    next !== undefined && next.sentence === d.tokens[k].sentence && next.kind === 'word' && NOUN_AFTER.has(next.norm)
  );
}

/** Nouns that after "X city" / "X county" make the phrase an organisation ("council", "government"). */
const NOUN_AFTER: ReadonlySet<string> = new Set(
  'council government officials official authorities police court hall assembly commission board administration'.split(
    ' ',
  ),
);

/** Verbs of speaking: a one-word name right before one is a person or an organisation, never a place. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'wrote',
  'argued',
  'insisted',
  'claimed',
]);

/** Nouns of kinship: only a person has a husband or is someone's daughter. */
const KIN: ReadonlySet<string> = new Set(
  (
    'wife husband son daughter mother father brother sister grandmother grandfather grandson granddaughter uncle aunt ' +
    'cousin niece nephew stepfather stepmother stepson stepdaughter boyfriend girlfriend fiance fiancee widow widower'
  ).split(' '),
);
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your', "'s", "'"]);

/**
 * A kinship cue around a name at tokens first..last: "his wife Naina", "their father , David" (an owner, a kinship
 * noun, the name), or "Mirza's husband" (the name's possessive, then a kinship noun). News features call the people
 * of a human story by one name that no list of names knows.
 */
function kinCue(d: Doc, first: number, last: number): boolean {
  const toks = d.tokens;
  const s = toks[first].sentence;
  let k = first - 1;
  if (normIn(toks, k, s) === ',') k--;
  if (KIN.has(normIn(toks, k, s)) && OWNERS.has(normIn(toks, k - 1, s))) return true;
  const after = normIn(toks, last + 1, s);
  return (after === "'s" || after === "'") && KIN.has(normIn(toks, last + 2, s));
}

/** The norm of token k when it is in sentence s, else '' (a function of the module: no closure made per call). */
function normIn(toks: readonly Token[], k: number, s: number): string {
  return toks[k]?.sentence === s ? toks[k].norm : '';
}

/** The word token before `i` in the same sentence, skipping nothing; undefined at a sentence start. */
function prevWord(d: Doc, i: number): string | undefined {
  const t = d.tokens[i - 1];
  return t && t.sentence === d.tokens[i].sentence && t.kind === 'word' ? t.norm : undefined;
}

/** The capitalised honorific right before token i in its sentence ("Mrs. May" -> "mrs."), or undefined. */
export function honorificBefore(d: Doc, i: number): string | undefined {
  const before = prevWord(d, i);
  return before && HONORIFICS.has(before) && honorificShape(d, i - 1) ? before : undefined;
}

/** Undotted short forms of address, which are also other words' capitals ("MS", "DR") and a street's "Dr". */
const UNDOTTED = new Set(['mr', 'mrs', 'ms', 'dr']);

/**
 * Token k is written as an honorific: capitalised; an undotted short form in title case ("Ms", not the all-capital
 * "MS") and not after a number ("4 Dr Lund Road" is an address).
 */
function honorificShape(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  if (d.text.charCodeAt(t.start) >= 97) return false;
  if (!UNDOTTED.has(t.norm)) return true;
  return /^[A-Z][a-z]+$/.test(d.text.slice(t.start, t.end)) && d.tokens[k - 1]?.kind !== 'number';
}

const POSSESSIVE: ReadonlySet<string> = new Set(["'s", "'"]);

/** "in Carlos' death", "in Mirza's claim", "in Ann and Ivo's case": the name ending at token `last` owns what follows,
 * which the preposition before it governs: no cue to the name's type. */
function isPossessor(d: Doc, last: number, afterNorm: string): boolean {
  if (POSSESSIVE.has(afterNorm)) return true;
  if (afterNorm !== 'and' && afterNorm !== 'or') return false;
  const other = d.tokens[last + 2];
  return (
    other !== undefined &&
    UPPER_FIRST.test(d.text.slice(other.start, other.end)) &&
    POSSESSIVE.has(d.tokens[last + 3]?.norm ?? '')
  );
}

/** Evidence from the words around a name spanning tokens first..last (inclusive). */
export function contextEvidence(d: Doc, first: number, last: number): TypeEvidence | null {
  const before = prevWord(d, first);
  if (before && HONORIFICS.has(before) && honorificShape(d, first - 1)) {
    return { type: 'person', strength: 3, cue: 'honorific: ' + before };
  }
  const after = d.tokens[last + 1];
  const afterNorm = after && after.sentence === d.tokens[last].sentence ? after.norm : '';
  if (afterNorm === '-' && d.tokens[last + 2]?.norm === 'based' && after.start === d.tokens[last].end) {
    return { type: 'place', strength: 3, cue: 'X-based' };
  }
  // "Jeerasak Densakul, 24, was arrested": an age in apposition
  if (
    afterNorm === ',' &&
    d.tokens[last + 2]?.kind === 'number' &&
    d.tokens[last + 3]?.norm === ',' &&
    /^\d{1,2}$/.test(d.tokens[last + 2].norm)
  ) {
    return { type: 'person', strength: 3, cue: 'age in apposition' };
  }
  if (before === 'of' && placeNounOf(d, first)) return { type: 'place', strength: 3, cue: 'place noun: of' };
  if (kinCue(d, first, last)) return { type: 'person', strength: 2, cue: 'kinship' };
  // (a word ending like an adjective of a people or a creed, "the Transylvanian town of ...", "the Coptic church", is
  // no place of its own)
  if (
    (PLACE_NOUNS.has(afterNorm) || SITE_NOUNS.has(afterNorm) || PLURAL_PLACE_NOUNS.has(afterNorm)) &&
    d.text.charCodeAt(after.start) >= 97 &&
    !modifierAfter(d, last + 1) &&
    !ADJECTIVE_END.test(d.tokens[last].norm)
  ) {
    return { type: 'place', strength: 2, cue: 'place noun after: ' + afterNorm };
  }
  const prep = before ? PLACE_PREPOSITIONS.get(before) : undefined;
  // "in House Speaker Ann Doe", "from Senate GOP aides": a name right before another capitalised word is a
  // modifier of what follows, and the preposition governs that phrase, not the name
  const modifier = afterNorm !== '' && after.kind === 'word' && UPPER_FIRST.test(d.text.slice(after.start, after.end));
  const possessor = isPossessor(d, last, afterNorm);
  if (prep && !modifier && !possessor && !SPEECH_VERBS.has(afterNorm)) {
    return { type: 'place', strength: prep, cue: 'preposition: ' + before };
  }
  return null;
}

/** A compass word first ("North Africa", "West Bengal"): a region's name, not a person's given name. */
const COMPASS = new Set(
  'north south east west northern southern eastern western central northeast northwest southeast southwest'.split(' '),
);

/** Evidence from the name's own words: a given name (before a capitalised word or alone), a known surname, a brand with
 * digits. */
export function nameEvidence(
  norms: readonly string[],
  surface: string,
  lowerSeen: WordSet = new Set(),
  commonFirst = false,
): TypeEvidence | null {
  if (norms.length === 1 && WORD_NUMBER.test(surface)) return { type: 'org', strength: 2, cue: 'name with digits' };
  const given = givenNames();
  if (norms.length > 1 && given.has(norms[0])) return { type: 'person', strength: 2, cue: 'given name' };
  const last = norms[norms.length - 1];
  // a last word the corpus also writes in lower case is a common noun first ("White House", "Homeland Security",
  // "World Cup"): neither a surname list nor title case makes it a person
  const common = lowerSeen.has(last);
  if (!common && norms.length > 1 && norms.length <= 4 && surnameSet().has(last))
    return { type: 'person', strength: 2, cue: 'surname' };
  if (!common && norms.length === 1 && surnameSet().has(last)) return { type: 'person', strength: 1, cue: 'surname' };
  // a given name alone ("Alan is the man for the job", "his wife Naina"): a person called by the first name, weakly,
  // so that any cue around it, or the name's type elsewhere in the corpus, wins
  if (!common && norms.length === 1 && given.has(last)) return { type: 'person', strength: 1, cue: 'given name alone' };
  // two or three title-case words with no head word, gazetteer word or context: most often a person's name
  // ... unless the first word is an ordinary word of the corpus ("Radio Red", "Gold Fields", "Minor Counties"): no
  // given name the lists know, and a common word first, make a firm's or a team's name as often (see commonFirst)
  if (
    !common &&
    !commonFirst &&
    norms.length >= 2 &&
    norms.length <= 3 &&
    NAME_WORDS.test(surface) &&
    !COMPASS.has(norms[0])
  ) {
    return { type: 'person', strength: 1, cue: 'title-case words' };
  }
  return null;
}
