// A singular head of people joined by "and" or "or" to a modifier of a noun of things is itself that noun's modifier,
// no label of people: "their immigrant and refugee roots", "immigrant and non-immigrant visas", "civilian and military
// targets", "refugee and human rights groups", "patient and persistent diplomacy". The phrase after the conjunction
// is two or three lower-case words ending the noun phrase, its last a noun that names no people ("the judge and
// defense attorneys", "an activist and single mother of one" keep their label). Two more shapes of one reading: a
// twin after the conjunction, the head with a prefix ("immigrant and non-immigrant visas", "the immigrant and
// nonimmigrant entry"), or a singular head of people ("immigrant and refugee communities"), before a lower-case
// noun: both modify it ("both citizen and non-citizen ," and "father and son" stay people). Pure over the doc's tokens.
import type { Doc } from '../types.js';
import { STARTS_LOWER } from '../util/letters.js';
import { isStopword } from '../text/stopwords.js';

/** Words of the phrase after the conjunction, its modifiers and noun ("human rights groups"). */
const PHRASE_REACH = 3;
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * Whether token k is a lower-case content word of the sentence s, no verb's "-ed" or "-ing" form ("audited the
 * immigrant and requested payment", "women and children fleeing violence": verbs, not a noun phrase).
 */
function contentWord(d: Doc, k: number, s: number): boolean {
  const t = d.tokens[k];
  if (!t || t.sentence !== s || t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
  return !isStopword(t.norm) && !/(?:ed|ing)$/.test(t.norm);
}

/** How the words after the conjunction are read. */
export interface PairWords {
  /** a noun of people: a group of the corpus, a collective, an agent noun by its shape, a lexicon actor */
  isPeople: (norm: string) => boolean;
  /**
   * a word the corpus once writes before "who" or a verb of saying ("board", "government"): after "or", an
   * alternative to a person ("a parent or foreign government") is one that acts
   */
  isSubject: (norm: string) => boolean;
  /** a head of the corpus's groups of people only ("refugee"; not "former", "review") */
  isGroupHead: (norm: string) => boolean;
  /** a noun */
  isNoun: (norm: string) => boolean;
}

/**
 * Whether the singular head at token i modifies, with the words after "and" or "or", a noun of things: two to
 * PHRASE_REACH content words follow the conjunction and end there, the last a noun (`isNoun`) that names no people
 * (`isPeople`), nor after "or" a body that acts (`isSubject`: "an immigration judge or review board"); or a twin of the head stands before a noun (twinBeforeNoun).
 */
export function coordinatedModifier(d: Doc, i: number, words: PairWords): boolean {
  const { isPeople, isSubject, isGroupHead, isNoun } = words;
  const toks = d.tokens;
  const s = toks[i].sentence;
  if (!CONJUNCTIONS.has(toks[i + 1]?.norm ?? '') || toks[i + 1].sentence !== s) return false;
  if (twinBeforeNoun(d, i, isGroupHead, isNoun)) return true;
  let k = i + 2;
  while (k < i + 2 + PHRASE_REACH && contentWord(d, k, s)) k++;
  if (k - (i + 2) < 2 || contentWord(d, k, s)) return false;
  const last = toks[k - 1].norm;
  return isNoun(last) && !isPeople(last) && !(toks[i + 1].norm === 'or' && isSubject(last));
}

/** Letters of a prefix that makes a head's twin ("non-", "non", "un", "anti-"). */
const PREFIX_MIN = 2;
const PREFIX_MAX = 5;

/**
 * Whether the word after the conjunction at i + 1 is the head's twin, before a lower-case content word (no verb's
 * "-ed" or "-ing" form): the head with a prefix ("immigrant and non-immigrant visas"), or, before a noun (`isNoun`), a
 * singular head of the corpus's groups (`isGroupHead`, no "-s": "immigrant and refugee communities"). "Both citizen
 * and non-citizen ,", "father and son .", "a judge or review board", "a journalist and former legislator" stay people.
 */
function twinBeforeNoun(
  d: Doc,
  i: number,
  isGroupHead: (norm: string) => boolean,
  isNoun: (norm: string) => boolean,
): boolean {
  const toks = d.tokens;
  const s = toks[i].sentence;
  const [x, y] = [toks[i].norm, toks[i + 2]];
  if (!contentWord(d, i + 2, s) || !contentWord(d, i + 3, s)) return false;
  const extra = y.norm.length - x.length;
  if (y.norm.endsWith(x) && extra >= PREFIX_MIN && extra <= PREFIX_MAX) return true;
  return isGroupHead(y.norm) && !y.norm.endsWith('s') && isNoun(toks[i + 3].norm);
}
