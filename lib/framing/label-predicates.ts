// A noun of people said of a thing as its cause names no people: "state weakness being the driver of sectarian
// tension", "immigration is being lost as a driver of the economy". The head stands after an article and a copula or
// "as", whose subject, a few verb words back, is an abstract noun (by its English ending: "-tion", "-ness", "-ity",
// "-ism", …), and before "of" ("a weaker position as a minority", "even as a federal judge has halted" name people).
// Decided by the phrase's shape, no list of heads or idioms. Pure over the doc's tokens.
import type { Doc } from '../types.js';
import { STARTS_LOWER } from '../util/letters.js';
import { lexiconTag } from './wordclass.js';

/** Copulas and "as", after which a noun is said of the subject ("is the driver", "as a driver"). */
const PREDICATING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'as']);
/** Articles before a predicate noun. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Verb words read back from the copula or "as" to the subject ("is being lost as"). */
const VERB_REACH = 3;
/** Lexicon classes of a verb chain's words that are no "-ed" or "-en" participle ("lost", "seen as", "known as"). */
const CHAIN_TAGS: ReadonlySet<string | undefined> = new Set(['PastTense', 'Participle', 'Adjective']);
/** Endings of abstract nouns ("immigration", "weakness", "security", "extremism", "violence", "investment"). */
const ABSTRACT = /^[a-z]{3,}(?:tion|sion|ness|ity|ism|ence|ance|ment)$/;

/**
 * Whether the label opening at token a (its first modifier or head), its head h before "of", is a predicate noun of an
 * abstract subject: an article before a, a copula or "as" before it, and, over up to VERB_REACH words of the verb
 * chain (copulas, participles: "is being lost as"), an abstract noun that is no head of people (`isPeople`).
 */
export function predicatedOfThing(d: Doc, a: number, h: number, isPeople: (norm: string) => boolean): boolean {
  const toks = d.tokens;
  const s = toks[a].sentence;
  if (toks[h + 1]?.norm !== 'of' || toks[h + 1].sentence !== s) return false;
  if (a < 3 || !ARTICLES.has(toks[a - 1].norm) || !PREDICATING.has(toks[a - 2].norm)) return false;
  for (let k = a - 3; k >= 0 && a - 2 - k <= VERB_REACH + 1 && toks[k].sentence === s; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
    if (ABSTRACT.test(t.norm)) return !isPeople(t.norm);
    if (!PREDICATING.has(t.norm) && !/(?:ed|en)$/.test(t.norm) && !CHAIN_TAGS.has(lexiconTag(t.norm))) return false;
  }
  return false;
}
