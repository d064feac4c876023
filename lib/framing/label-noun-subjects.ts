// Nouns that may be the subject of an "-ed" verb before a group's head, known by how the corpus writes them: "The 1976
// law forced parents to wait" (a singular noun compromise's lexicon does not list), "military snipers targeted
// protesters" (a plural noun of no personal head). A noun is a word the corpus never writes as a verb's bare form
// (after a modal, or after "to" before an object: "to place the", "could house" make "places", "houses" verbs, which
// stand before their object's modifier: "which places separated minors") whose other number it writes too. Counted
// once per corpus; plain data.
import type { Doc } from '../types.js';
import { STARTS_LOWER } from '../util/letters.js';
import { isStopword } from '../text/stopwords.js';
import { isAdverb } from './adverbs.js';
import { lexiconTag } from './wordclass.js';

/**
 * What the corpus writes: the lower-case words, and those written after a modal or between "to" and an object's
 * opener (verbs' bare forms).
 */
export interface NounCues {
  lower: ReadonlySet<string>;
  infinitives: ReadonlySet<string>;
}

/** Modals: a verb's bare form stands after one. */
const MODALS: ReadonlySet<string> = new Set('will would can could shall should may might must'.split(' '));
/**
 * Words that open a verb's object: after "to", a word before one is a verb ("to place the children"), where "to law
 * enforcement" is a preposition's noun.
 */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(
  'the a an his her its their our this these those them him us it'.split(' '),
);
/** English adjective endings: a word in one is a modifier as often as a noun ("federal", "average", "famous"). */
const ADJECTIVE_END = /(?:al|ic|ous|ive|ful|less|ish|ary|able|ible|ar)$/;
/** Words that make the plural after them a verb's third person: a subject ("which places", "it allows"). */
const SUBJECT_BEFORE: ReadonlySet<string> = new Set('which that who it he she they we i you there what'.split(' '));

/** The corpus's noun cues: one pass over its tokens. */
export function nounCues(docs: readonly Doc[]): NounCues {
  const lower = new Set<string>();
  const infinitives = new Set<string>();
  for (const d of docs) {
    const toks = d.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) continue;
      lower.add(t.norm);
      const [p, nx] = [toks[i - 1], toks[i + 1]];
      if (p && (MODALS.has(p.norm) || (p.norm === 'to' && nx && OBJECT_OPENERS.has(nx.norm)))) infinitives.add(t.norm);
    }
  }
  return { lower, infinitives };
}

/** The singular of a regular plural ("snipers" -> "sniper", "bodies" -> "body"), or undefined. */
function singularOf(norm: string): string | undefined {
  if (norm.length < 4 || !norm.endsWith('s') || /(?:ss|us|is)$/.test(norm)) return undefined;
  return norm.endsWith('ies') ? norm.slice(0, -3) + 'y' : norm.slice(0, -1);
}

/**
 * Whether lower-case token k is a plural noun ("military snipers", "of inmates"): a regular plural whose singular the
 * corpus writes and never as a verb, after no subject ("which places" is a verb; "Syrian snipers" is a noun).
 */
export function pluralNounAt(d: Doc, k: number, cues: NounCues): boolean {
  const t = d.tokens[k];
  if (!t || t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
  if (isStopword(t.norm) || isAdverb(t.norm)) return false;
  const one = singularOf(t.norm);
  if (!one || !cues.lower.has(one) || cues.infinitives.has(one)) return false;
  const p = d.tokens[k - 1];
  return !p || p.sentence !== t.sentence || !SUBJECT_BEFORE.has(p.norm);
}

/**
 * Whether the lower-case word is a singular noun by the corpus ("law", "government"): no word of compromise's lexicon
 * (which lists its nouns: lexicon nouns are asked there), no adjective's ending, never written as a verb's bare form,
 * and written in the plural too.
 */
export function singularNoun(norm: string, cues: NounCues): boolean {
  if (lexiconTag(norm) !== undefined || ADJECTIVE_END.test(norm) || cues.infinitives.has(norm)) return false;
  return !isStopword(norm) && cues.lower.has(norm.endsWith('y') ? norm.slice(0, -1) + 'ies' : norm + 's');
}

/** compromise's lexicon classes of nouns. */
const NOUN_TAGS: ReadonlySet<string | undefined> = new Set(['Singular', 'Plural', 'Noun', 'Uncountable']);
/** Endings of English nouns made from verbs and adjectives ("restriction", "safety", "diplomacy" aside). */
const NOUN_END = /(?:tion|sion|ment|ity|ness|ance|ence|ism|ship)$/;

/**
 * Whether the lower-case word is a noun: by compromise's lexicon, a noun's ending, or the corpus (singularNoun; a
 * regular plural whose singular is a noun so, or one the corpus writes and never as a verb: "roots", "visas").
 */
export function nounWord(norm: string, cues: NounCues): boolean {
  if (NOUN_TAGS.has(lexiconTag(norm)) || NOUN_END.test(norm) || singularNoun(norm, cues)) return true;
  const one = singularOf(norm);
  if (!one || isStopword(norm)) return false;
  return NOUN_TAGS.has(lexiconTag(one)) || NOUN_END.test(one) || (cues.lower.has(one) && !cues.infinitives.has(one));
}
