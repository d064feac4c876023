// A word and its plural as one frequent term. The term counts keep "republican" and "republicans" apart (event
// clustering reads them so, and must not move), but a reader of the top-terms chart sees the same word twice, each
// with half its uses, and a list of "terms only one outlet ranks" can name a word another outlet ranks in its plural.
// At display time the two are one term, named by the form the corpus writes more ("immigrants", "country"; the
// singular on a tie): one name for every outlet, whichever form it uses more itself, so lists compare and the chart
// keeps one plain word per bar; the table's `forms` column and the chart's hover name both forms.
// Decided once for the corpus, and only where the two are plainly one word: both forms common (a rare "trumps" or
// "illegals" beside "trump" or "illegal" is another word or sense), no name, no verb's base and third person
// ("want/wants"), no plural with a sense of its own ("news", "arms"), and both written in the same case.
import { requireFromRoot } from '../paths.js';
import { opensSentence } from '../text/word-case.js';
import type { Doc } from '../types.js';

/** A folded term: the name shown (the corpus's more frequent form) and the forms counted under it, singular first. */
export interface TermFold {
  name: string;
  forms: string[];
}

/**
 * Plurals whose sense is not the singular's ("arms" are weapons, "customs" a border service, "goods" wares, "means"
 * resources, "damages" money a court awards): a fact of English, kept apart from the singular.
 */
const OWN_SENSE = new Set(['arms', 'customs', 'goods', 'means', 'damages', 'remains', 'savings', 'quarters', 'people']);
// "people" is compromise's plural of "person", but in news it is a noun of its own: a public or a nation ("the Syrian
// people", "peoples"), a crowd ("thousands of people", "people familiar with the talks"), while "person" is one
// individual, often a legal one ("a person of interest", "persons" in statutes). A journalist reads them as two words.

/** compromise's lexicon tags of a word that is no plural of a common noun ("news", "politics") or is a name. */
const NOT_PLURAL_TAGS =
  /^(?:Uncountable|LastName|FirstName|MaleName|FemaleName|ProperNoun|Place|City|Country|Region|Organization)$/;

/** Tags of a singular that is no noun: a preposition ("toward/towards"), a number word ("million/millions"). */
const NOT_NOUN_TAGS = /^(?:Preposition|Cardinal|TextValue|Multiple|Adverb|Determiner|Conjunction)$/;

/**
 * The rarer form must have at least this share of the pair's uses in the corpus: a plural written a few times beside
 * a frequent word is most often another word or sense ("trumps", "peoples", "illegals" beside "illegal"), and a form
 * this rare is seldom in a top list beside the other.
 */
export const MIN_FORM_SHARE = 0.1;

type Model = { one: { lexicon: Record<string, string | string[]> }; two: { irregularPlurals: Record<string, string> } };
let model: Model | null = null;
/** compromise's irregular plurals inverted: "children" → "child", "men" → "man", "crises" → "crisis". */
let irregular: Map<string, string> | null = null;

/** compromise's model (MIT licence, read from node_modules at run time), loaded once. */
function compromiseModel(): Model {
  if (!model) model = (requireFromRoot('compromise') as { model(): Model }).model();
  return model;
}

/** compromise's lexicon tags of a word (none when it is not listed). */
function lexiconTags(word: string): string[] {
  const lexicon = compromiseModel().one.lexicon;
  const tag = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/**
 * The singulars of an irregular plural, as compromise's table of irregular plurals gives them ("children" → "child",
 * "women" → "woman", "crises" → "crisis"), and of a compound whose head is a person noun of that table, which
 * inflects as its head does ("gunmen" → "gunman", "congresswomen" → "congresswoman", "grandchildren" →
 * "grandchild"). Other heads are not split off a longer word: "taxes" is no "t" + "axes".
 */
function irregularSingulars(term: string): string[] {
  if (!irregular) {
    irregular = new Map();
    for (const [s, p] of Object.entries(compromiseModel().two.irregularPlurals)) if (s !== p) irregular.set(p, s);
  }
  const whole = irregular.get(term);
  if (whole !== undefined) return [whole];
  for (const [p, s] of irregular) {
    if (term.length < p.length + 2 || !term.endsWith(p) || !lexiconTags(s).includes('Actor')) continue;
    return [term.slice(0, -p.length) + s];
  }
  return [];
}

/**
 * The singulars a plural-looking term would have: "countries" → "country", "taxes" → "tax", "bills" → "bill", and
 * the irregular "children" → "child", "gunmen" → "gunman".
 */
function singularsOf(term: string): string[] {
  const out: string[] = [];
  if (term.endsWith('ies') && term.length > 4) out.push(term.slice(0, -3) + 'y');
  if (/(?:s|x|z|ch|sh)es$/.test(term)) out.push(term.slice(0, -2));
  if (term.endsWith('s') && !term.endsWith('ss') && !term.endsWith("'s")) out.push(term.slice(0, -1));
  // the regular singular first: "axes" the corpus writes beside "axe" are axes, not the plural of "axis"
  return [...out, ...irregularSingulars(term)];
}

/**
 * True when the last words of `plural` and `singular` may be one word's two forms: no name, no plural of its own sense,
 * and not a verb's base and third person ("want/wants", "include/includes"), nor an adjective beside a verb form
 * ("right/rights", "live/lives"), as compromise's lexicon lists them. Such a pair stays two rows, as it was.
 */
function foldable(singular: string, plural: string): boolean {
  const last = (t: string) => t.slice(t.lastIndexOf(' ') + 1);
  const p = last(plural),
    s = last(singular);
  if (s.length < 3 || !/^\p{L}[\p{L}-]*$/u.test(p) || OWN_SENSE.has(p)) return false;
  const ps = lexiconTags(p),
    ss = lexiconTags(s);
  if ([...ps, ...ss].some((t) => NOT_PLURAL_TAGS.test(t)) || ss.some((t) => NOT_NOUN_TAGS.test(t))) return false;
  // an irregular plural that is also a verb's third person ("leaves" of "leave" beside "leaf") stays apart
  if (p.endsWith('s') && lexiconTags(p.slice(0, -1)).includes('Infinitive') && !plural.endsWith(s + 's')) return false;
  return ps[0] !== 'PresentTense';
}

/**
 * For each term of `totals` (term → its uses in the corpus) that is the plural of another term there (or that
 * singular), its fold: the name shown and both forms. Terms without a counterpart, or whose counterpart is
 * rarer than MIN_FORM_SHARE of the pair, are absent; with `docs`, so is a pair whose forms the corpus writes in
 * different case (a name beside a word: "Sessions" the attorney general beside a "session" of Congress).
 */
export function pluralFolds(totals: ReadonlyMap<string, number>, docs?: readonly Doc[]): Map<string, TermFold> {
  const pairs: [string, string][] = [];
  const taken = new Set<string>();
  for (const plural of [...totals.keys()].sort())
    for (const singular of singularsOf(plural)) {
      const a = totals.get(singular),
        b = totals.get(plural)!;
      if (a === undefined || taken.has(singular) || taken.has(plural)) continue;
      if (Math.min(a, b) < MIN_FORM_SHARE * (a + b) || !foldable(singular, plural)) continue;
      pairs.push([singular, plural]);
      taken.add(singular).add(plural);
      break;
    }
  const capital = docs ? capitalShares(docs, taken) : undefined;
  const out = new Map<string, TermFold>();
  for (const [singular, plural] of pairs) {
    if (capital && Math.abs((capital.get(singular) ?? 0) - (capital.get(plural) ?? 0)) > MAX_CASE_GAP) continue;
    const name = totals.get(plural)! > totals.get(singular)! ? plural : singular;
    const fold = { name, forms: [singular, plural] };
    out.set(singular, fold);
    out.set(plural, fold);
  }
  return out;
}

/** The most two forms of one word may differ in their share of capitalised uses inside a sentence. */
export const MAX_CASE_GAP = 0.5;

/**
 * For each one-word norm of `norms`, the share of its uses inside a sentence (not opening one) that are capitalised.
 * A term of several words is judged by its last word.
 */
function capitalShares(docs: readonly Doc[], norms: ReadonlySet<string>): Map<string, number> {
  const last = new Map<string, string>();
  for (const n of norms) last.set(n.slice(n.lastIndexOf(' ') + 1), n);
  const upper = new Map<string, number>(),
    all = new Map<string, number>();
  for (const d of docs)
    d.tokens.forEach((t, i) => {
      if (!last.has(t.norm) || opensSentence(d, i)) return;
      all.set(t.norm, (all.get(t.norm) ?? 0) + 1);
      const c = d.text.charCodeAt(t.start);
      if (c >= 65 && c <= 90) upper.set(t.norm, (upper.get(t.norm) ?? 0) + 1);
    });
  const out = new Map<string, number>();
  for (const [w, n] of last) out.set(n, (upper.get(w) ?? 0) / Math.max(1, all.get(w) ?? 0));
  return out;
}
