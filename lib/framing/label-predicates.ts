// A noun of people said of a thing names no people: "state weakness being the driver of sectarian tension",
// "immigration is being lost as a driver of the economy", "Syria is a source of terrorist threats", "the three biggest
// drivers of the chaos — weak states, extremism, and authoritarianism — are …", "war with Iran is the mother of all
// wars". Three shapes, read from the phrase, no list of heads or idioms:
// - a predicate: the head after an article and a copula or "as", whose subject, a few verb words back, is an abstract
//   noun (by its English ending: "-tion", "-ness", "-ity", "-ism", …) or a place's name, and before "of" ("a weaker
//   position as a minority", "even as a federal judge has halted" name people);
// - an apposition after a dash that lists what the head "of" something is: abstract nouns, no people or names;
// - "the N of all" before a noun of things: the superlative idiom ("the mother of all battles").
// Pure over the doc's tokens.
import type { Doc, Token } from '../types.js';
import { isStopword } from '../text/stopwords.js';
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
/** compromise's lexicon classes of places' names ("Syria", "Israel", "Paris"): a state said to be a source of … */
const PLACE_TAGS: ReadonlySet<string | undefined> = new Set(['Country', 'City', 'Region', 'Place']);
/** Endings of abstract nouns ("immigration", "weakness", "security", "extremism", "violence", "investment"). */
const ABSTRACT = /^[a-z]{3,}(?:tion|sion|ness|ity|ism|ence|ance|ment)$/;

/**
 * Whether the label opening at token a (its first modifier or head), its head h before "of", is a predicate noun of an
 * abstract subject or of a place: an article before a, a copula or "as" before it, and, over up to VERB_REACH words
 * of the verb chain (copulas, participles: "is being lost as"), an abstract noun that is no head of people
 * (`isPeople`) or a place's name by the lexicon ("Syria is a source of …").
 */
export function predicatedOfThing(d: Doc, a: number, h: number, isPeople: (norm: string) => boolean): boolean {
  const toks = d.tokens;
  const s = toks[a].sentence;
  if (toks[h + 1]?.norm !== 'of' || toks[h + 1].sentence !== s) return false;
  if (a < 3 || !ARTICLES.has(toks[a - 1].norm) || !PREDICATING.has(toks[a - 2].norm)) return false;
  for (let k = a - 3; k >= 0 && a - 2 - k <= VERB_REACH + 1 && toks[k].sentence === s; k--) {
    const t = toks[k];
    if (t.kind === 'word' && PLACE_TAGS.has(lexiconTag(t.norm)) && !STARTS_LOWER.test(d.text[t.start])) return true;
    if (t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
    if (ABSTRACT.test(t.norm)) return !isPeople(t.norm);
    if (!PREDICATING.has(t.norm) && !/(?:ed|en)$/.test(t.norm) && !CHAIN_TAGS.has(lexiconTag(t.norm))) return false;
  }
  return false;
}

/** Dashes that open and close an apposition, as tokens' norms ("—", "–" and each half of "--" read "-"). */
const DASHES: ReadonlySet<string> = new Set(['-', '—', '–']);
/** Tokens from the head to the dash ("drivers of the chaos —"), and of the apposition itself. */
const TO_DASH = 8;
const APPOSITION_REACH = 24;

/**
 * Whether the head at h, before "of", is named by an apposition after a dash that lists things: "the three biggest
 * drivers of the chaos — weak or failed states, Islamist extremism, and authoritarianism — are …", "one of the major
 * sources of misery — the overwhelming prevalence of dictatorships — might …". The apposition's items (split at
 * commas, to the closing dash) are headed by their word before "of" or their last word; one is an abstract noun, none
 * a stopword, a name or a head of people (`isPeople`: "critics of that policy — advocacy groups, …", "the
 * source of the problem — Hitler —" name people).
 */
export function namedByDashList(d: Doc, h: number, isPeople: (norm: string) => boolean): boolean {
  const toks = d.tokens;
  const s = toks[h].sentence;
  if (toks[h + 1]?.norm !== 'of' || toks[h + 1].sentence !== s) return false;
  let k = h + 2;
  while (k < h + TO_DASH && toks[k] && toks[k].sentence === s && toks[k].kind === 'word') k++;
  if (!toks[k] || toks[k].sentence !== s || !DASHES.has(toks[k].norm)) return false;
  if (toks[k + 1] && DASHES.has(toks[k + 1].norm)) k++; // "--"
  const heads: number[] = [];
  let last = -1;
  let ofSeen = false;
  for (let j = k + 1; j < k + APPOSITION_REACH; j++) {
    const t = toks[j];
    const end = !t || t.sentence !== s || DASHES.has(t.norm) || t.norm === ',';
    if (end) {
      if (last >= 0) heads.push(last);
      // the closing dash makes it an apposition ("— even as they tried to tell …" runs on as a clause)
      if (!t || t.sentence !== s || DASHES.has(t.norm))
        return !!t && t.sentence === s && listsThings(d, heads, isPeople);
      [last, ofSeen] = [-1, false];
    } else if (t.norm === 'of') ofSeen = true;
    else if (t.kind === 'word' && !ofSeen && t.norm !== 'and' && t.norm !== 'or') last = j;
  }
  return false;
}

/** Whether the item heads (token indices) hold an abstract noun and no name or head of people. */
function listsThings(d: Doc, heads: readonly number[], isPeople: (norm: string) => boolean): boolean {
  if (!heads.length) return false;
  const thing = (t: Token) => STARTS_LOWER.test(d.text[t.start]) && !isStopword(t.norm) && !isPeople(t.norm);
  const lower = heads.every((j) => thing(d.tokens[j]));
  return lower && heads.some((j) => ABSTRACT.test(d.tokens[j].norm));
}

/**
 * Whether the singular head at h, after "the", stands in the superlative idiom "the N of all" before a lower-case noun
 * that names no people ("the mother of all wars", "the mother of all peace"; "the leader of all Muslims", "the
 * parents of all children" stay labels).
 */
export function superlativeIdiom(d: Doc, h: number, isPeople: (norm: string) => boolean): boolean {
  const toks = d.tokens;
  const s = toks[h].sentence;
  const [p, of, all, n] = [toks[h - 1], toks[h + 1], toks[h + 2], toks[h + 3]];
  if (!p || p.norm !== 'the' || of?.norm !== 'of' || all?.norm !== 'all' || !n || n.sentence !== s) return false;
  return n.kind === 'word' && STARTS_LOWER.test(d.text[n.start]) && !isPeople(n.norm);
}
