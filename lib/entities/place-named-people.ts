// A place's name before another name word reads as a body of that place ("Manchester United", "Houston Chronicle"),
// but many given names are places too ("Victoria Nuland", "Warren Richey", "London Breed", "Alexandria Ocasio-Cortez"):
// a person's title right before the name, or the article writing its last word alone as a person's (a speaker, "Ms.
// Nuland"), makes it the person.
import type { Doc } from '../types.js';
import { HONORIFICS, type TypeEvidence } from './evidence.js';
import { ROLE_CUES, TITLES } from './gazetteer.js';
import { headTypeOf } from './head-words.js';
import { surnameSet } from './world.js';
import { PARTICLE_WORD, CAP_PARTICLE_WORD } from './word-shapes.js';
import type { Ctx, Unit } from './scan-context.js';

/** The cue leading-names.ts gives a place before other name words. */
const PLACE_ORG = 'place-named organisation';

/** Verbs of speech right after a family name written alone ("Nuland said"). */
const SAYS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'writes', 'argued', 'noted']);

/**
 * The person's evidence for a segment read as a place-named organisation (`cue`), or null: a person's title right
 * before it ("Mayor London Breed"; not after "of": "Minister of Jerusalem Affairs" is the title's body); outside
 * sports reports, a person's name shape after the place ("Orlando L. Garcia", `personShapeAfter`); with no head word
 * last, a lower-case role word before it ("spokeswoman Victoria Nuland") or a person in apposition after it ("Taylor
 * Levy, a lawyer"); or, for a place and one more word the corpus never writes in lower case, that word written alone
 * elsewhere in the article before a verb of speech or after an honorific ("Victoria Nuland ... Nuland said").
 */
export function placeNamedPerson(
  d: Doc,
  seg: readonly Unit[],
  cue: string,
  title: string | null,
  ctx: Ctx,
): TypeEvidence | null {
  if (cue !== PLACE_ORG) return null;
  if (title)
    return d.tokens[seg[0].i - 1]?.norm === 'of' ? null : { type: 'person', strength: 3, cue: 'title: ' + title };
  // (not in a sports report: "Manchester United ... United said" is the club)
  if (seg.length < 2 || !seg[seg.length - 1].word || ctx.sport) return null;
  if (personShapeAfter(d, seg, ctx)) return { type: 'person', strength: 2, cue: "a person's name after a place" };
  const last = d.tokens[seg[seg.length - 1].i].norm;
  if (headTypeOf(last)) return null;
  const role = roleBefore(d, seg[0].i);
  if (role) return { type: 'person', strength: 2, cue: 'role: ' + role };
  const noun = personInApposition(d, seg[seg.length - 1].i);
  if (noun) return { type: 'person', strength: 2, cue: 'a person in apposition: ' + noun };
  if (ctx.lowerUses.has(last)) return null;
  if (seg.length !== 2) return null;
  return speaksAlone(d, seg[0].i, seg[1].i)
    ? { type: 'person', strength: 2, cue: 'family name alone as a person elsewhere' }
    : null;
}

/** Role words that are also adjectives before a noun ("chief Boston Globe reporter", "general Texas law"): no role
 * said of the name after them. */
const ADJECTIVE_ROLES: ReadonlySet<string> = new Set(['official', 'chief', 'general', 'premier', 'head']);

/**
 * The lower-case role or title word right before the name at token `k` in its sentence ("State Department
 * spokeswoman Victoria Nuland", "Texas-based lawyer Taylor Levy"), or '': a person's role or occupation names a person
 * (not a role word that is also an adjective: "chief Boston Globe reporter").
 */
function roleBefore(d: Doc, k: number): string {
  const prev = d.tokens[k - 1];
  if (!prev || prev.sentence !== d.tokens[k].sentence || d.text.charCodeAt(prev.start) < 97) return '';
  if (AGE_TAIL.test(prev.norm)) return 'an age';
  if (
    ADJECTIVE_ROLES.has(prev.norm) ||
    !(ROLE_CUES.has(prev.norm) || TITLES.has(prev.norm) || PERSON_NOUNS.has(prev.norm))
  )
    return '';
  return prev.norm;
}

/** Nouns of people that, in apposition after a name, say it is a person's ("Taylor Levy, a lawyer"): occupations
 * and kin, beside the role and title words of the gazetteer. */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'lawyer',
  'reporter',
  'writer',
  'author',
  'doctor',
  'nurse',
  'teacher',
  'student',
  'farmer',
  'worker',
  'resident',
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'woman',
  'man',
  'immigrant',
  'migrant',
  'officer',
  'agent',
  'volunteer',
  'freelancer',
  'journalist',
  'photographer',
  'activist',
  'strategist',
  'attorney',
  'citizen',
  'soldier',
  'veteran',
  'analyst',
  'columnist',
]);

/** An age written before a name or heading an apposition ("18-year-old Ann Vale", "Vale , a 28-year-old ..."): the
 * hyphenated tail the tokenizer leaves after the number. */
const AGE_TAIL = /^years?-old$/;

/** How many lower-case words may stand between the article and the noun ("an independent immigration lawyer"). */
const APPOSITION_WORDS = 4;

/** Words that end the noun phrase of an apposition: prepositions, relative words, "based". */
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'at',
  'for',
  'to',
  'from',
  'with',
  'on',
  'who',
  'whose',
  'that',
  'which',
  'based',
  'and',
]);

/** Relative words that only a person takes ("an Israeli who works ..."). */
const WHO: ReadonlySet<string> = new Set(['who', 'whose']);

/**
 * The person's noun heading an apposition right after the name ending at token k ("Taylor Levy, an independent
 * immigration lawyer based in ...", "Levy, the lawyer who ...", "Toensing , attorney for ..."), or '': a comma, "a",
 * "an" or "the" (or none, and then only up to a word ending the phrase), then at most APPOSITION_WORDS lower-case
 * words up to a punctuation mark, a capitalised word or a word ending the phrase, the last of them a person noun, a
 * role or a title word ("America's Voice, an immigrant advocacy group" is headed by "group"). After an article, an
 * age ("a 28-year-old ...") or one capitalised word before "who" ("an Israeli who works ...") says a person too.
 */
function personInApposition(d: Doc, k: number): string {
  const toks = d.tokens;
  const si = toks[k].sentence;
  if (toks[k + 1]?.norm !== ',') return '';
  const art = toks[k + 2]?.norm;
  const q0 = art === 'a' || art === 'an' || art === 'the' ? k + 3 : k + 2;
  if (q0 === k + 3 && toks[q0]?.kind === 'number' && AGE_TAIL.test(toks[q0 + 2]?.norm ?? '')) return 'an age';
  const capital = toks[q0] !== undefined && d.text.charCodeAt(toks[q0].start) < 97;
  if (q0 === k + 3 && capital && toks[q0].kind === 'word' && WHO.has(toks[q0 + 1]?.norm ?? '')) return 'who';
  let head = '';
  for (let q = q0; q <= q0 + APPOSITION_WORDS && q < toks.length; q++) {
    const t = toks[q];
    const ends = t.sentence !== si || t.kind !== 'word' || d.text.charCodeAt(t.start) < 97 || PHRASE_ENDS.has(t.norm);
    // with no article, only a phrase closed by a preposition or a relative word ("attorney for ..."): "Amir Vale ,
    // pastor Saeed Vale" is the next item of a list
    if (ends && q0 === k + 2 && !PHRASE_ENDS.has(t.norm)) return '';
    if (ends) return PERSON_NOUNS.has(head) || ROLE_CUES.has(head) || TITLES.has(head) ? head : '';
    head = t.norm;
  }
  return '';
}

/** A middle initial ("L."). */
const INITIAL = /^\p{Lu}\.?$/u;
/** An Irish family name's O' ("O'Brien", "O’Neill"). */
const O_NAME = /^O['\u2019]\p{Lu}\p{Ll}+$/u;

/**
 * The words after the place have a person's name shape ("Orlando L. Garcia", "Salem al-Zaabi", "Soledad O'Brien",
 * "Guadalupe Garcia de Rayos"): a particle glued to a family name, an O' name, a known family name (or a double name
 * with one) right after the place, or a middle initial before a last word of four letters or more no gazetteer knows ("Tigris R. Homs" is a
 * river's abbreviation before more words).
 */
function personShapeAfter(d: Doc, seg: readonly Unit[], ctx: Ctx): boolean {
  const words = seg.filter((u) => u.word).map((u) => d.text.slice(d.tokens[u.i].start, d.tokens[u.i].end));
  const last = words[words.length - 1];
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (PARTICLE_WORD.test(w) || CAP_PARTICLE_WORD.test(w) || O_NAME.test(w)) return true;
  }
  // "Guadalupe Lopez-Herrara": a double family name, one of its halves a listed family name
  if (words[1].split('-').some((w) => surnameSet().has(plainWord(w)))) return true;
  return words.length === 3 && INITIAL.test(words[1]) && last.length >= 4 && !ctx.gaz.has(last);
}

/** A word in lower case without its accents ("Pérez" -> "perez"). */
function plainWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The word at k, written the same way elsewhere in the article and not after the word at `first` nor after "the",
 * speaks ("Nuland said") or follows an honorific ("Ms. Nuland"). */
function speaksAlone(d: Doc, first: number, k: number): boolean {
  const t = d.tokens[k];
  const before = speakers(d).get(d.text.slice(t.start, t.end));
  if (!before) return false;
  const lead = d.tokens[first].norm;
  for (const p of before) if (p !== lead && p !== 'the') return true;
  return false;
}

/** Per article: each word written as a speaker or after an honorific, with the words before it where it is. One pass
 * over the article's tokens, kept (a hostile text with many candidates scans once). */
const SPEAKERS = new WeakMap<Doc, Map<string, Set<string>>>();

function speakers(d: Doc): Map<string, Set<string>> {
  const known = SPEAKERS.get(d);
  if (known) return known;
  const out = new Map<string, Set<string>>();
  const toks = d.tokens;
  for (let q = 1; q < toks.length; q++) {
    const prev = toks[q - 1].norm;
    if (toks[q].kind !== 'word' || !(HONORIFICS.has(prev) || SAYS.has(toks[q + 1]?.norm ?? ''))) continue;
    const w = d.text.slice(toks[q].start, toks[q].end);
    const set = out.get(w) ?? new Set<string>();
    set.add(prev);
    out.set(w, set);
  }
  SPEAKERS.set(d, out);
  return out;
}
